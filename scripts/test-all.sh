#!/usr/bin/env bash
# The whole suite: type check, lint and the build, unit and end-to-end tests on SQLite,
# the browser suite, the tests again on PostgreSQL, then the bench smoke run. Uses Redis at TEST_REDIS_URL and
# PostgreSQL at TEST_POSTGRES_URL when given; otherwise starts throwaway servers
# of its own from the installed binaries (scripts/test-services.sh) and removes them.
set -euo pipefail
cd "$(dirname "$0")/.."

# The checks and the build need no services and do not depend on one another: two lanes, one per core of
# the 2-core CI machine, each printing its output when it ends (the first failure fails the run). The build
# (`npm run build`: the app for the bench smoke, the client for the browser suite) is made here once.
lane_dir=$(mktemp -d "${TMPDIR:-/tmp}/ubnd-lanes.XXXXXX")
run_lane() {
  local name=$1
  shift
  (
    set -euo pipefail
    for step in "$@"; do
      echo "== $step"
      eval "$step"
    done
  ) >"$lane_dir/$name.log" 2>&1
}
run_lane checks 'npx tsc -p test/tsconfig.json' 'npm run web:typecheck' 'npm run web:api:check' &
checks_pid=$!
run_lane lint-build 'npm run lint' 'NODE_ENV=production npm run build' &
lint_build_pid=$!
lanes_ok=true
wait "$checks_pid" || lanes_ok=false
cat "$lane_dir/checks.log"
wait "$lint_build_pid" || lanes_ok=false
cat "$lane_dir/lint-build.log"
rm -rf "$lane_dir"
if [ "$lanes_ok" != true ]; then
  echo "== a check or the build failed (above)" >&2
  exit 1
fi

source scripts/test-services.sh

# One suite at a time by default: the reminder suites time deliveries to the
# second and miss them on a loaded machine. TEST_WORKERS=2 (or more) runs suites
# in parallel processes; they share no state (own database, Redis prefix, ports).
if [ -n "${TEST_WORKERS:-}" ]; then JEST_MODE=(--maxWorkers="$TEST_WORKERS"); else JEST_MODE=(--runInBand); fi

echo "== tests on SQLite (TZ=${TZ:-unset})"
TEST_DATABASE=sqlite npx jest -c test/jest.config.js "${JEST_MODE[@]}" "$@"

echo "== web interface in Chromium (once, on SQLite), on the client built above"
WEB_CLIENT_BUILT=1 npm run test:web

echo "== tests on PostgreSQL, server TZ=America/New_York"
TZ=America/New_York TEST_DATABASE=postgres npx jest -c test/jest.config.js "${JEST_MODE[@]}" "$@"

echo "== bench smoke run (1,000 tasks on SQLite; checks the result file, not the speed)"
REDIS_URL="${TEST_REDIS_URL}" npm run bench:smoke:built
