#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs tst_oskeychain against a real OS keychain: gnome-keyring's Secret Service on a private
# D-Bus session, with HOME and the XDG folders in WORKDIR, so the person's own keychain is
# never touched. Three processes: the key must survive into a new process, and be gone after.
#   keychainsession.sh WORKDIR TEST-BINARY
set -eu
work=$1
bin=$2
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "keychainsession.sh: $tool is missing, so there is no real keychain to test against"
        [ -n "${CI:-}" ] && exit 1
        exit 77 # ctest: skipped
    fi
done
rm -rf "$work"
mkdir -p "$work/home/.local/share" "$work/home/.config" "$work/home/.cache" "$work/runtime"
chmod 700 "$work/runtime"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache" CASEBOOK_KEYCHAIN_TEST_DIR="$work"
# QtKeychain picks KWallet on KDE desktops; the test wants the Secret Service it starts below.
unset DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP KDE_FULL_SESSION KDE_SESSION_VERSION DESKTOP_SESSION
exec dbus-run-session -- sh -ec '
    # --unlock reads the login keyring password on stdin and creates the keyring if needed.
    printf %s "keyring login password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    "$1" storeAndReadBack vaultSetUpKeepsKey
    "$1" loadInNewProcess vaultUnlocksInNewProcess notInPlainText forgetKey
    "$1" forgottenInNewProcess
' sh "$bin"
