#!/usr/bin/env bash
# The whole suite: type check, lint, the build, unit and end-to-end tests on SQLite,
# the browser suite, the tests again on PostgreSQL, then the bench smoke run. Uses Redis at TEST_REDIS_URL and
# PostgreSQL at TEST_POSTGRES_URL when given; otherwise starts throwaway servers
# of its own from the installed binaries (scripts/test-services.sh) and removes them.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== type check"
npx tsc -p test/tsconfig.json

echo "== lint"
npm run lint

echo "== web client: type check, and the generated API types match the OpenAPI document"
npm run web:typecheck
npm run web:api:check

# Once, for both the browser suite (the client) and the bench smoke (the app).
echo "== build"
NODE_ENV=production npm run build

source scripts/test-services.sh

# One suite at a time by default: the reminder suites time deliveries to the
# second and miss them on a loaded machine. TEST_WORKERS=2 (or more) runs suites
# in parallel processes; they share no state (own database, Redis prefix, ports).
if [ -n "${TEST_WORKERS:-}" ]; then JEST_MODE=(--maxWorkers="$TEST_WORKERS"); else JEST_MODE=(--runInBand); fi

# TEST_WEB_BESIDE=1 runs the browser suite beside the SQLite pass, its output kept until that pass ends: the
# in-band pass keeps one core busy and leaves the other partly idle; both own their database, Redis prefix and
# port. Not the default: on a machine loaded by other work, both the browser suite's waits and the reminder
# suites' timings failed with it (BENCHMARKS.md, "Test suite time").
web_log=$(mktemp)
web_pid=""
trap '[ -n "$web_pid" ] && kill "$web_pid" 2>/dev/null; rm -f "$web_log"; test_services_stop' EXIT
if [ "${TEST_WEB_BESIDE:-}" = 1 ]; then
  echo "== web interface in Chromium (once, on SQLite, on the client built above): started beside the SQLite tests"
  WEB_CLIENT_BUILT=1 npm run test:web >"$web_log" 2>&1 &
  web_pid=$!
fi

echo "== tests on SQLite (TZ=${TZ:-unset})"
sqlite_status=0
TEST_DATABASE=sqlite npx jest -c test/jest.config.js "${JEST_MODE[@]}" "$@" || sqlite_status=$?

echo "== web interface in Chromium (once, on SQLite), on the client built above"
web_status=0
if [ -n "$web_pid" ]; then
  wait "$web_pid" || web_status=$?
  web_pid=""
  cat "$web_log"
else
  WEB_CLIENT_BUILT=1 npm run test:web || web_status=$?
fi
if [ "$sqlite_status" != 0 ] || [ "$web_status" != 0 ]; then
  echo "tests failed: SQLite pass exit $sqlite_status, web interface exit $web_status" >&2
  exit 1
fi

echo "== tests on PostgreSQL, server TZ=America/New_York"
TZ=America/New_York TEST_DATABASE=postgres npx jest -c test/jest.config.js "${JEST_MODE[@]}" "$@"

echo "== bench smoke run (1,000 tasks on SQLite; checks the result file, not the speed)"
REDIS_URL="${TEST_REDIS_URL}" npm run bench:smoke:built
