#!/usr/bin/env bash
# Sourced by scripts/test-all.sh. Unless TEST_REDIS_URL / TEST_POSTGRES_URL are
# set, starts a throwaway redis-server and PostgreSQL cluster (initdb + pg_ctl in
# a temporary folder) on free loopback ports, exports their URLs and removes
# both when the calling shell exits. The machine's own services are not touched.

TEST_SERVICES_DIR=""
TEST_REDIS_PID=""
TEST_PG_DATA=""
TEST_PG_AS=()

test_services_fail() {
  echo "test services: $*" >&2
  exit 1
}

# A free TCP port on 127.0.0.1, below the kernel's ephemeral range (see scripts/free-port.ts; test-all.sh has
# built it into dist/ before sourcing this file).
test_services_free_port() {
  node -e 'require("./dist/scripts/free-port").freePort().then((port) => console.log(port))'
}

test_services_stop() {
  if [ -n "$TEST_PG_DATA" ]; then
    "${TEST_PG_AS[@]}" "$TEST_PG_BIN/pg_ctl" -D "$TEST_PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "$TEST_REDIS_PID" ]; then
    kill "$TEST_REDIS_PID" 2>/dev/null || true
    wait "$TEST_REDIS_PID" 2>/dev/null || true
  fi
  if [ -n "$TEST_SERVICES_DIR" ]; then rm -rf "$TEST_SERVICES_DIR"; fi
}

test_services_redis() {
  command -v redis-server >/dev/null 2>&1 ||
    test_services_fail "redis-server not found: install the Debian package redis-server (or set TEST_REDIS_URL)"
  local port
  port=$(test_services_free_port)
  mkdir -p "$TEST_SERVICES_DIR/redis"
  redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --dir "$TEST_SERVICES_DIR/redis" \
    --logfile "$TEST_SERVICES_DIR/redis/redis.log" &
  TEST_REDIS_PID=$!
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'PING\r\n' >&3 && read -r -t 1 reply <&3 && [[ $reply == +PONG* ]]) 2>/dev/null; then
      export TEST_REDIS_URL="redis://127.0.0.1:$port"
      echo "== throwaway Redis on $TEST_REDIS_URL"
      return
    fi
    sleep 0.1
  done
  test_services_fail "redis-server did not answer on port $port: $(tail -n 5 "$TEST_SERVICES_DIR/redis/redis.log")"
}

test_services_postgres() {
  TEST_PG_BIN=""
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    TEST_PG_BIN=$(dirname "$(command -v initdb)")
  else
    # Debian keeps the server binaries out of PATH, one folder per major version.
    TEST_PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  [ -n "$TEST_PG_BIN" ] && [ -x "$TEST_PG_BIN/initdb" ] && [ -x "$TEST_PG_BIN/pg_ctl" ] ||
    test_services_fail "initdb and pg_ctl not found: install the Debian package postgresql (or set TEST_POSTGRES_URL)"

  local dir="$TEST_SERVICES_DIR/postgres"
  mkdir -p "$dir"
  TEST_PG_AS=()
  if [ "$(id -u)" = 0 ]; then
    # PostgreSQL refuses to run as root: run it as the unprivileged postgres account.
    id postgres >/dev/null 2>&1 ||
      test_services_fail "running as root, PostgreSQL needs an unprivileged account: create user postgres, run as another user, or set TEST_POSTGRES_URL"
    command -v runuser >/dev/null 2>&1 || test_services_fail "running as root needs runuser (Debian package util-linux)"
    chmod 755 "$TEST_SERVICES_DIR"
    chown postgres "$dir"
    TEST_PG_AS=(runuser -u postgres --)
  fi

  local port
  port=$(test_services_free_port)
  TEST_PG_DATA="$dir/data"
  "${TEST_PG_AS[@]}" "$TEST_PG_BIN/initdb" -D "$TEST_PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$dir/initdb.log" 2>&1 || test_services_fail "initdb failed: $(tail -n 5 "$dir/initdb.log")"
  # Scratch data: durability is switched off for speed; the socket stays in the temporary folder.
  "${TEST_PG_AS[@]}" "$TEST_PG_BIN/pg_ctl" -D "$TEST_PG_DATA" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || test_services_fail "PostgreSQL did not start: $(tail -n 5 "$dir/server.log")"
  export TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
  echo "== throwaway PostgreSQL $("$TEST_PG_BIN/pg_ctl" --version | sed -E 's/^[^0-9]*([0-9.]+).*/\1/') on $TEST_POSTGRES_URL"
}

if [ -z "${TEST_REDIS_URL:-}" ] || [ -z "${TEST_POSTGRES_URL:-}" ]; then
  TEST_SERVICES_DIR=$(mktemp -d "${TMPDIR:-/tmp}/ubnd-test-services.XXXXXX")
  trap test_services_stop EXIT
  trap 'exit 130' INT TERM
  if [ -z "${TEST_REDIS_URL:-}" ]; then test_services_redis; fi
  if [ -z "${TEST_POSTGRES_URL:-}" ]; then test_services_postgres; fi
fi
