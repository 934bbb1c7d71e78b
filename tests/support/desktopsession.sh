#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A desktop of its own for a test: an X server (Xvfb), a private D-Bus session, a
# freedesktop notification server (dunst) and an XEmbed tray host (stalonetray), with HOME
# and the XDG folders in WORKDIR, so the person's own desktop, bus and notifications are
# never touched. Runs COMMAND inside it and stops all four whatever way COMMAND ends.
#   desktopsession.sh WORKDIR COMMAND [ARGS...]
# COMMAND sees DISPLAY, DBUS_SESSION_BUS_ADDRESS, CASEBOOK_DESKTOP_DIR (WORKDIR) and
# CASEBOOK_TRAY_LOG (the tray host's log, where it names each icon it embeds). When one of
# the programs is not installed, COMMAND runs offscreen with CASEBOOK_DESKTOP_MISSING naming
# it, so the test says what it could not do (QSKIP) instead of failing.
set -eu
work=$1
shift
rm -rf "$work"
mkdir -p "$work/home/.config" "$work/home/.local/share" "$work/home/.cache" "$work/runtime"
chmod 700 "$work/runtime"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/home/.config" \
    XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache" CASEBOOK_DESKTOP_DIR="$work"
unset DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP KDE_FULL_SESSION KDE_SESSION_VERSION DESKTOP_SESSION WAYLAND_DISPLAY

for tool in Xvfb dbus-daemon dunst dunstctl stalonetray; do
    if ! command -v "$tool" >/dev/null; then
        echo "desktopsession.sh: $tool is not installed"
        export CASEBOOK_DESKTOP_MISSING="$tool" QT_QPA_PLATFORM=offscreen
        exec "$@"
    fi
done

pids=""
stop() {
    # Newest first: the tray and the notification server leave before their display and bus.
    for pid in $pids; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in $pids; do
        wait "$pid" 2>/dev/null || true
    done
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Waits up to five seconds for a shell condition.
await() {
    i=0
    while ! eval "$1"; do
        i=$((i + 1))
        if [ "$i" -gt 100 ]; then
            echo "desktopsession.sh: $2 did not start" >&2
            exit 1
        fi
        sleep 0.05
    done
}

# -displayfd: the server picks a free display and writes its number once it accepts clients.
Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp 5>"$work/display" 2>"$work/xvfb.log" &
pids="$! $pids"
await '[ -s "$work/display" ]' Xvfb
export DISPLAY=":$(cat "$work/display")"

dbus-daemon --session --nofork --print-address=1 >"$work/bus" 2>"$work/bus.log" &
pids="$! $pids"
await '[ -s "$work/bus" ]' dbus-daemon
DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$work/bus")
export DBUS_SESSION_BUS_ADDRESS

# A notification's other actions are chosen from dunst's context menu (dunstctl context),
# which hands them to a dmenu-like program: this one answers with the line holding the text
# COMMAND last wrote to WORKDIR/dmenu.choice, and keeps what it was offered.
cat >"$work/dmenu" <<'EOF'
#!/bin/sh
here=$(dirname "$0")
tee "$here/dmenu.offered" | grep -m 1 -F -- "$(cat "$here/dmenu.choice" 2>/dev/null)"
EOF
chmod +x "$work/dmenu"

# Notifications stay until acted on or closed, so the test and a screenshot find them.
cat >"$work/dunstrc" <<EOF
[global]
    dmenu = "$work/dmenu"
    font = Sans 11
    width = 360
    origin = top-right
    offset = 16x16
    frame_width = 1
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
EOF
dunst -config "$work/dunstrc" >"$work/dunst.log" 2>&1 &
pids="$! $pids"
await 'dunstctl count displayed >/dev/null 2>&1' dunst

stalonetray --log-level info --geometry 4x1+0+0 >"$work/tray.log" 2>&1 &
pids="$! $pids"
export CASEBOOK_TRAY_LOG="$work/tray.log"
# The tray is ready when it owns the tray selection; it says so before waiting for icons.
await 'grep -qi "tray" "$work/tray.log" 2>/dev/null' stalonetray

export QT_QPA_PLATFORM=xcb
"$@"
