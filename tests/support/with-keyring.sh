#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring on the current (private) session bus, then stops it.
# Meant to be run under dbus-run-session on a throw-away HOME (see tests/run.sh).
set -euo pipefail
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || { echo "with-keyring.sh: no session bus; run under dbus-run-session" >&2; exit 2; }

# A new login keyring, created unlocked with a random password that nobody needs to know.
password=$(head -c 24 /dev/urandom | base64)
printf %s "$password" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
keyring_pid=$!
stop_keyring() { kill "$keyring_pid" 2>/dev/null && wait "$keyring_pid" 2>/dev/null || true; }
trap stop_keyring EXIT

for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        break
    fi
    kill -0 "$keyring_pid" 2>/dev/null || { echo "with-keyring.sh: gnome-keyring-daemon exited" >&2; exit 2; }
    sleep 0.1
done
dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q 'boolean true' \
    || { echo "with-keyring.sh: the Secret Service did not appear on the bus" >&2; exit 2; }

status=0
"$@" || status=$?
exit $status
