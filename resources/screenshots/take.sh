#!/usr/bin/env bash
# Takes the README's screenshot of the main window: the real program in a real X server (Xvfb).
# usage: resources/screenshots/take.sh [output.png]   (default: resources/screenshots/main-window.png)
#   SMSOTP_BUILD_DIR=DIR  use an already built tree instead of building the default preset
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=${1:-$root/resources/screenshots/main-window.png}

"$root/installer/install-deps.sh" test
cd "$root"
build=${SMSOTP_BUILD_DIR:-build/default}
if [ -z "${SMSOTP_BUILD_DIR:-}" ]; then
    [ -f build/default/build.ninja ] || cmake --preset default >/dev/null
fi
cmake --build "$build" --target smsotp-console

work=$(mktemp -d)
xvfb_pid=""; app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1100x760x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

# A fresh profile on a throw-away HOME, so the shot shows what a new administrator sees.
mkdir -p "$work/home" && install -d -m 700 "$work/runtime"
env -u DBUS_SESSION_BUS_ADDRESS HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" DISPLAY="$display" \
    QT_QPA_PLATFORM=xcb "$root/$build/app/smsotp-console" --data-dir "$work/data" >/dev/null 2>&1 &
app_pid=$!
sleep 4
kill -0 "$app_pid" || { echo "the console did not start" >&2; exit 1; }

DISPLAY="$display" import -window root "$work/root.png"
# No window manager: the window sits at the top left on a black root; trim the black away.
convert "$work/root.png" -trim +repage "$out"
echo "wrote $out"
