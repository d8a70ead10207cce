#!/usr/bin/env bash
# Runs a command with a gnome-keyring on the current (private) session bus, then stops it.
# Meant to be run under dbus-run-session on a throw-away HOME (see tests/run.sh).
# With SMSOTP_KEYRING=locked the login keyring exists but stays locked (SECURITY.md 12): it is created, with a
# random password, in a folder of its own, and the daemon is started again without it.
set -euo pipefail
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || { echo "with-keyring.sh: no session bus; run under dbus-run-session" >&2; exit 2; }

keyring_pid=
stop_keyring() { [ -z "$keyring_pid" ] || { kill "$keyring_pid" 2>/dev/null && wait "$keyring_pid" 2>/dev/null || true; }; }
trap stop_keyring EXIT

has_secret_service() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}

# start_keyring PASSWORD: unlocks (or creates) the login keyring with it; an empty one leaves it locked.
start_keyring() {
    if [ -n "$1" ]; then
        printf %s "$1" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
    else
        gnome-keyring-daemon --foreground --components=secrets </dev/null >/dev/null 2>&1 &
    fi
    keyring_pid=$!
    for _ in $(seq 1 100); do
        has_secret_service && return 0
        kill -0 "$keyring_pid" 2>/dev/null || { echo "with-keyring.sh: gnome-keyring-daemon exited" >&2; exit 2; }
        sleep 0.1
    done
    echo "with-keyring.sh: the Secret Service did not appear on the bus" >&2
    exit 2
}

# A new login keyring, created unlocked with a random password that nobody needs to know.
password=$(head -c 24 /dev/urandom | base64)
if [ "${SMSOTP_KEYRING:-unlocked}" = locked ]; then
    keyring_home=$(mktemp -d)
    export XDG_DATA_HOME="$keyring_home"
    start_keyring "$password"
    stop_keyring
    for _ in $(seq 1 50); do has_secret_service || break; sleep 0.1; done
    start_keyring ""
else
    start_keyring "$password"
fi

status=0
"$@" || status=$?
exit $status
