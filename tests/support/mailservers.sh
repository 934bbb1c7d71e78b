#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Throwaway mail servers on loopback for the mail tests: Dovecot (IMAP, user alice, password
# secret, Maildir under DIR/home/alice) and an SMTP sink that delivers into that Maildir.
# usage: mailservers.sh start|stop|start-imap|stop-imap|start-smtp|stop-smtp DIR
# start writes DIR/servers.env (imap_port=, smtp_port=, maildir=) for the test; without
# dovecot or aiosmtpd it writes unavailable= and exits 0 so the test can skip.
set -euo pipefail
action=$1
dir=$2
info=$dir/servers.env
here=$(cd "$(dirname "$0")" && pwd)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

wait_port() {
  for _ in $(seq 1 100); do
    python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $1), 0.2)" 2>/dev/null && return 0
    sleep 0.05
  done
  echo "nothing listens on port $1" >&2
  return 1
}

value() { sed -n "s/^$1=//p" "$info"; }

# Dovecot listens before its auth process is ready and greets only once it is; a loaded machine
# has been seen to leave a fresh instance silent, so wait for the greeting and start it anew.
wait_greeting() {
  python3 - "$1" <<'PY'
import socket, sys, time
end = time.time() + 10
while time.time() < end:
    try:
        with socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1) as s:
            s.settimeout(3)
            if s.recv(64).startswith(b"* OK"):
                sys.exit(0)
    except OSError:
        time.sleep(0.05)
sys.exit(1)
PY
}

start_imap() {
  for _ in 1 2 3; do
    dovecot -c "$dir/dovecot.conf"
    wait_greeting "$(value imap_port)" && return 0
    echo "dovecot did not greet; starting it again" >&2
    stop_imap
  done
  echo "dovecot never greeted on port $(value imap_port)" >&2
  return 1
}

stop_imap() { dovecot -c "$dir/dovecot.conf" stop 2>/dev/null || true; sleep 0.2; }

start_smtp() {
  python3 "$here/smtpsink.py" "$(value smtp_port)" "$dir/home/alice/Maildir" >>"$dir/smtp.log" 2>&1 &
  echo $! >"$dir/smtp.pid"
  wait_port "$(value smtp_port)"
}

stop_smtp() {
  [ -f "$dir/smtp.pid" ] && kill "$(cat "$dir/smtp.pid")" 2>/dev/null || true
  rm -f "$dir/smtp.pid"
  sleep 0.2
}

case $action in
start)
  rm -rf "$dir"
  mkdir -p "$dir/run" "$dir/state" "$dir/home/alice/Maildir/"{new,cur,tmp}
  if ! command -v dovecot >/dev/null 2>&1 || ! python3 -c 'import aiosmtpd' 2>/dev/null; then
    echo "unavailable=dovecot or python3-aiosmtpd is not installed" >"$info"
    exit 0
  fi
  me=$(id -un)
  imap_port=$(free_port)
  smtp_port=$(free_port)
  printf 'alice:{PLAIN}secret::::::\n' >"$dir/users"
  cat >"$dir/dovecot.conf" <<CONF
dovecot_config_version = 2.4.0
dovecot_storage_version = 2.4.0
instance_name = casebook-test-$$
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
# Logins and logouts in the log: a test that fails prints it.
auth_verbose = yes
login_log_format_elements = user=<%{user}> session=<%{session}>
protocols = imap
listen = 127.0.0.1
ssl = no
auth_allow_cleartext = yes
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = $me
default_internal_group = $(id -gn)
default_login_user = $me
passdb passwd-file {
  passwd_file_path = $dir/users
}
userdb static {
  fields {
    uid = $me
    gid = $(id -gn)
    home = $dir/home/%{user}
  }
}
mail_driver = maildir
# IDLE looks at the folder this often where inotify is missing (the default is 30 s).
mailbox_idle_check_interval = 1s
mail_path = %{home}/Maildir
namespace inbox {
  inbox = yes
  separator = /
}
service imap-login {
  chroot =
  inet_listener imap {
    port = $imap_port
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
CONF
  printf 'imap_port=%s\nsmtp_port=%s\nmaildir=%s\n' "$imap_port" "$smtp_port" "$dir/home/alice/Maildir" >"$info"
  start_imap
  start_smtp
  ;;
stop) stop_smtp; stop_imap ;;
start-imap) start_imap ;;
stop-imap) stop_imap ;;
start-smtp) start_smtp ;;
stop-smtp) stop_smtp ;;
*) echo "usage: $0 start|stop|start-imap|stop-imap|start-smtp|stop-smtp DIR" >&2; exit 2 ;;
esac
