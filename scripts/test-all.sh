#!/usr/bin/env bash
# The whole suite: unit and end-to-end tests on SQLite, then again on PostgreSQL.
# Needs Redis on REDIS_URL/TEST_REDIS_URL (default 127.0.0.1:6379) and PostgreSQL on
# TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== type check"
npx tsc -p test/tsconfig.json

echo "== lint"
npm run lint

echo "== tests on SQLite (TZ=${TZ:-unset})"
TEST_DATABASE=sqlite npx jest -c test/jest.config.js --runInBand "$@"

echo "== tests on PostgreSQL, server TZ=America/New_York"
TZ=America/New_York TEST_DATABASE=postgres npx jest -c test/jest.config.js --runInBand "$@"

echo "== bench smoke run (1,000 tasks on SQLite; checks the result file, not the speed)"
npm run bench:smoke
