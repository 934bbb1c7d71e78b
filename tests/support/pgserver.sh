#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts or stops the throwaway PostgreSQL server of a test run (a ctest fixture).
# usage: pgserver.sh start|stop|crash|restart DIR
# start writes DIR/server.env (host, port, user, password) for the tests.
# The server speaks TLS with a certificate for 127.0.0.1 and localhost from a CA made here
# (ca=, in server.env; otherca= is a CA that signed nothing), when the openssl program exists;
# otherwise tls=unavailable says why. Plain connections are still accepted.
# Without a server on the machine the tests are told so; CI (CI or
# CASEBOOK_REQUIRE_POSTGRES=1) fails instead, because PostgreSQL rows must never be skipped there.
set -euo pipefail
action=$1
dir=$2
info=$dir/server.env
password=casebook-test

find_bin() {
  local candidate
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r) \
                   "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")" \
                   /opt/homebrew/bin /usr/local/bin; do
    [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ] && { echo "$candidate"; return 0; }
  done
  return 1
}

required() { [ -n "${CI:-}" ] || [ "${CASEBOOK_REQUIRE_POSTGRES:-0}" = 1 ]; }

unavailable() {
  mkdir -p "$dir"
  printf 'unavailable=%s\n' "$1" >"$info"
  if required; then
    echo "PostgreSQL is required for this test run but $1" >&2
    exit 1
  fi
  echo "PostgreSQL tests will be skipped: $1" >&2
  exit 0
}

case $action in
start)
  rm -rf "$dir"
  mkdir -p "$dir"
  bin=$(find_bin) || unavailable "no PostgreSQL server programs (initdb, pg_ctl) were found."
  [ "$(id -u)" != 0 ] || unavailable "PostgreSQL refuses to run as root; run the tests as a normal user (tools/dev does)."
  printf '%s\n' "$password" >"$dir/pwfile"
  "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" --auth-local=trust \
      --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; unavailable "initdb failed."; }
  tls_options=
  tls_info="tls=unavailable: no openssl program was found"
  if command -v openssl >/dev/null 2>&1; then
    tls=$dir/tls
    mkdir -p "$tls"
    if { openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3 \
           -subj "/CN=Casebook test CA" -keyout "$tls/ca.key" -out "$tls/ca.crt" \
         && openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3 \
           -subj "/CN=Unrelated CA" -keyout "$tls/other-ca.key" -out "$tls/other-ca.crt" \
         && openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=localhost" \
           -keyout "$tls/server.key" -out "$tls/server.csr" \
         && printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$tls/server.ext" \
         && openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial \
           -days 3 -extfile "$tls/server.ext" -out "$tls/server.crt"; } >"$tls/openssl.log" 2>&1; then
      chmod 600 "$tls/server.key"
      tls_options="-c ssl=on -c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key"
      tls_info=$(printf 'ca=%s\notherca=%s' "$tls/ca.crt" "$tls/other-ca.crt")
    else
      tls_info="tls=unavailable: openssl could not make the test certificates"
    fi
  fi
  # Commits are made durable against a crash of the server (not of the machine) only when a
  # test asks: the kill torture stops the server immediately and counts on every commit.
  commit_options="-c synchronous_commit=off"
  [ "${CASEBOOK_PG_DURABLE:-0}" = 1 ] && commit_options="-c synchronous_commit=on"
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 40000))
    options="-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off $commit_options -c full_page_writes=off -c max_connections=200 -c shared_preload_libraries=pg_stat_statements $tls_options"
    if "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 20 -o "$options" start >/dev/null 2>&1; then
      printf '%s\n' "$options" >"$dir/server.options"
      printf 'host=127.0.0.1\nport=%s\nuser=postgres\npassword=%s\nsocket=%s\nbin=%s\n%s\n' \
        "$port" "$password" "$dir" "$bin" "$tls_info" >"$info"
      echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$port"
      exit 0
    fi
  done
  tail -n 20 "$dir/server.log" >&2 || true
  unavailable "the server did not start."
  ;;
crash)
  # As if the server died: no checkpoint, the next start recovers from the log.
  bin=$(sed -n 's/^bin=//p' "$info")
  "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
  ;;
restart)
  bin=$(sed -n 's/^bin=//p' "$info")
  "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 -o "$(cat "$dir/server.options")" start >/dev/null
  ;;
stop)
  if [ -f "$info" ] && grep -q '^bin=' "$info"; then
    bin=$(sed -n 's/^bin=//p' "$info")
    "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir/data"
  ;;
*)
  echo "usage: $0 start|stop|crash|restart DIR" >&2
  exit 2
  ;;
esac
