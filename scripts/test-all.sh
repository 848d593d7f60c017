#!/usr/bin/env bash
# The whole suite: the build, type check, lint, unit and end-to-end tests on SQLite and
# on PostgreSQL (side by side), the bench smoke run, then the browser suite. Uses Redis at TEST_REDIS_URL and
# PostgreSQL at TEST_POSTGRES_URL when given; otherwise starts throwaway servers
# of its own from the installed binaries (scripts/test-services.sh) and removes them.
set -euo pipefail
cd "$(dirname "$0")/.."

# Once, for both the browser suite (the client) and the bench smoke (the app). First, because it replaces dist/,
# which every test app looks at for a web client to serve.
echo "== build"
NODE_ENV=production npm run build

source scripts/test-services.sh

# Each pass runs its suites one at a time (in band): the reminder suites time deliveries to the second and miss
# them when several suites share a core. The PostgreSQL pass starts now, in the background (its output held until
# the SQLite pass ends), and runs beside the checks and then beside the SQLite pass: the checks leave a core
# partly idle, and the two passes share no state (each its own databases, Redis prefixes, ports and outbox
# folders). The bench smoke run follows it in the same lane (its own scratch database, queue prefix and ports).
# TEST_PASSES=serial runs everything one step after the other, as on a single-core machine.
# TEST_WORKERS=2 (or more) runs the suites of each pass in parallel processes.
if [ -n "${TEST_WORKERS:-}" ]; then JEST_MODE=(--maxWorkers="$TEST_WORKERS"); else JEST_MODE=(--runInBand); fi

postgres_pass() {
  TZ=America/New_York TEST_DATABASE=postgres npx jest -c test/jest.config.js "${JEST_MODE[@]}" "$@"
}

# A background pass is npx, then node: stop the whole tree.
kill_tree() {
  local child
  for child in $(pgrep -P "$1" 2>/dev/null); do kill_tree "$child"; done
  kill "$1" 2>/dev/null || true
}

bench_smoke() {
  echo "== bench smoke run (1,000 tasks on SQLite; checks the result file, not the speed)"
  REDIS_URL="${TEST_REDIS_URL}" npm run bench:smoke:built
}

# The background lane: the PostgreSQL pass, then the bench smoke run, which takes the core the pass leaves while
# the SQLite pass ends. Its output is held in a file and each step's exit status in another.
background_lane() {
  local status=0
  postgres_pass "$@" || status=$?
  echo "$status" >"$lane_dir/postgres"
  status=0
  bench_smoke || status=$?
  echo "$status" >"$lane_dir/smoke"
}

lane_dir=$(mktemp -d)
lane_pid=""
trap '[ -n "$lane_pid" ] && kill_tree "$lane_pid"; rm -rf "$lane_dir"; test_services_stop' EXIT

postgres_status=0
smoke_status=0
if [ "${TEST_PASSES:-}" != serial ]; then
  echo "== tests on PostgreSQL, server TZ=America/New_York, then the bench smoke run: started in the background," \
    "output shown after the SQLite pass"
  background_lane "$@" >"$lane_dir/log" 2>&1 &
  lane_pid=$!
fi

echo "== type check"
npx tsc -p test/tsconfig.json

echo "== lint and format"
npm run lint
npm run format:check

echo "== web client: type check, and the generated API types match the OpenAPI document"
npm run web:typecheck
npm run web:api:check

echo "== tests on SQLite (TZ=${TZ:-unset})"
sqlite_status=0
TEST_DATABASE=sqlite npx jest -c test/jest.config.js "${JEST_MODE[@]}" "$@" || sqlite_status=$?

if [ -n "$lane_pid" ]; then
  wait "$lane_pid" || true
  lane_pid=""
  echo "== tests on PostgreSQL, server TZ=America/New_York, and the bench smoke run (run in the background)"
  cat "$lane_dir/log"
  postgres_status=$(cat "$lane_dir/postgres" 2>/dev/null || echo 1)
  smoke_status=$(cat "$lane_dir/smoke" 2>/dev/null || echo 1)
else
  echo "== tests on PostgreSQL, server TZ=America/New_York"
  postgres_pass "$@" || postgres_status=$?
  bench_smoke || smoke_status=$?
fi

# The browser suite uses both cores itself (the app and Chromium), so it runs alone.
echo "== web interface in Chromium (once, on SQLite), on the client built above"
web_status=0
WEB_CLIENT_BUILT=1 npm run test:web || web_status=$?

if [ "$sqlite_status" != 0 ] || [ "$postgres_status" != 0 ] || [ "$smoke_status" != 0 ] || [ "$web_status" != 0 ]; then
  echo "tests failed: SQLite pass exit $sqlite_status, PostgreSQL pass exit $postgres_status," \
    "bench smoke exit $smoke_status, web interface exit $web_status" >&2
  exit 1
fi
