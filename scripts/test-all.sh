#!/usr/bin/env bash
# The whole suite: type check, lint, unit and end-to-end tests on SQLite, then
# again on PostgreSQL, then the bench smoke run. Uses Redis at TEST_REDIS_URL and
# PostgreSQL at TEST_POSTGRES_URL when given; otherwise starts throwaway servers
# of its own from the installed binaries (scripts/test-services.sh) and removes them.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== type check"
npx tsc -p test/tsconfig.json

echo "== lint"
npm run lint

source scripts/test-services.sh

echo "== tests on SQLite (TZ=${TZ:-unset})"
TEST_DATABASE=sqlite npx jest -c test/jest.config.js --runInBand "$@"

echo "== tests on PostgreSQL, server TZ=America/New_York"
TZ=America/New_York TEST_DATABASE=postgres npx jest -c test/jest.config.js --runInBand "$@"

echo "== bench smoke run (1,000 tasks on SQLite; checks the result file, not the speed)"
REDIS_URL="${TEST_REDIS_URL}" npm run bench:smoke
