#!/usr/bin/env bash
# The one test command (README, CI): builds Linkwell and runs every test suite, the web tests twice
# (SQLite, then PostgreSQL on a throwaway cluster). On a fresh Debian 12 machine run as root it installs
# what is missing (Chromium, PostgreSQL, npm). Ends with "N passed, M failed"; exits non-zero on any failure.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
repo=$(pwd)

fail() {
  echo "test.sh: $*" >&2
  exit 1
}

# --- Tools -----------------------------------------------------------------------------------------------
apt_updated=false
apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    fail "$1 is missing and only root can install it. Install it (apt-get install $*) or run as root."
  fi
  if ! $apt_updated; then
    apt-get update
    apt_updated=true
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

command -v dotnet >/dev/null || fail "the .NET SDK is missing: install the version in global.json (https://dot.net)."
command -v chromium >/dev/null || apt_install chromium
command -v chromium >/dev/null || fail "Chromium could not be installed; the browser tests need it."
# shellcheck disable=SC2144 # one match is enough
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || apt_install postgresql
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || fail "PostgreSQL could not be installed; the PostgreSQL test run needs it."
if [ ! -d node_modules ]; then
  command -v npm >/dev/null || apt_install npm
  npm ci --no-audit --no-fund
fi
dotnet tool restore

export LINKWELL_CHROMIUM
LINKWELL_CHROMIUM=$(command -v chromium)

# --- A throwaway PostgreSQL cluster on 127.0.0.1, removed on exit ---------------------------------------------
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/linkwell-pg.XXXXXX")
as_postgres=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root.
  chown postgres:postgres "$pg_dir"
  as_postgres=(runuser -u postgres --)
fi

stop_postgres() {
  if [ -f "$pg_dir/data/postmaster.pid" ]; then
    "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pg_port=55432
while port_in_use "$pg_port"; do
  pg_port=$((pg_port + 1))
  [ "$pg_port" -lt 55532 ] || fail "no free port for PostgreSQL between 55432 and 55531."
done

pg_password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
(umask 077 && printf '%s\n' "$pg_password" >"$pg_dir/pwfile")
[ "$(id -u)" -ne 0 ] || chown postgres:postgres "$pg_dir/pwfile"
"${as_postgres[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --pwfile="$pg_dir/pwfile" \
  --auth=scram-sha-256 --encoding=UTF8 --locale=C >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log" >&2; fail "initdb failed."; }
rm -f "$pg_dir/pwfile"
"${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null \
  || { cat "$pg_dir/postgres.log" >&2; fail "PostgreSQL did not start."; }
postgres_connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$pg_password"
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') is listening on 127.0.0.1:$pg_port for this run."

# --- Build once, then every suite ------------------------------------------------------------------------------
dotnet build Linkwell.slnx -c Release

passed=0
failed=0
run_suite() {
  local label=$1
  shift
  local log
  log=$(mktemp)
  echo
  echo "=== $label ==="
  local status=0
  dotnet test "$@" -c Release --no-build 2>&1 | tee "$log" || status=$?
  local suite_passed suite_failed
  # dotnet test ends each assembly with "Passed!  - Failed:     0, Passed:    67, Skipped: ..." (or "Failed!").
  suite_passed=$(grep -E '^ *(Passed|Failed)! +- ' "$log" | grep -oE 'Passed: +[0-9]+' | awk '{s += $2} END {print s + 0}' || true)
  suite_failed=$(grep -E '^ *(Passed|Failed)! +- ' "$log" | grep -oE 'Failed: +[0-9]+' | awk '{s += $2} END {print s + 0}' || true)
  rm -f "$log"
  if [ "$status" -ne 0 ] && [ "$suite_failed" -eq 0 ]; then
    echo "test.sh: $label exited with status $status without reporting a failed test; counted as one failure." >&2
    suite_failed=1
  fi
  passed=$((passed + suite_passed))
  failed=$((failed + suite_failed))
}

run_suite "Domain tests" tests/Linkwell.Domain.Tests
run_suite "Web tests on SQLite" tests/Linkwell.Web.Tests
LINKWELL_TEST_POSTGRES=$postgres_connection run_suite "Web tests on PostgreSQL" tests/Linkwell.Web.Tests
run_suite "Browser tests" tests/Linkwell.Browser.Tests

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
