#!/usr/bin/env bash
# Takes the README's gallery: every page of the console and the first steps of the setup wizard, from the real
# widgets (Fusion, offscreen), in a light and a dark palette, at the default size (980x680) and at 900x600.
# usage: resources/screenshots/take.sh [OUTPUT_DIR]   (default: resources/screenshots)
#   SMSOTP_BUILD_DIR=DIR  use an already built tree instead of building the default preset
#   SMSOTP_SCREENSHOT_STYLE=Adwaita  another Qt style than Fusion (the README's gallery is Fusion)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=${1:-$root/resources/screenshots}

"$root/installer/install-deps.sh" test
cd "$root"
build=${SMSOTP_BUILD_DIR:-build/default}
if [ -z "${SMSOTP_BUILD_DIR:-}" ]; then
    [ -f build/default/build.ninja ] || cmake --preset default >/dev/null
fi
cmake --build "$build" --target smsotp-screenshots

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$out" && install -d -m 700 "$work/runtime"
# A throw-away HOME and no session bus: nothing of the caller's desktop or keychain is shown or touched.
env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" \
    XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" QT_QPA_PLATFORM=offscreen \
    "$root/$build/resources/screenshots/smsotp-screenshots" "$out"
# The README's first picture: the first page on a fresh profile.
cp "$out/otpSettingsPage-light.png" "$out/main-window.png"
echo "wrote $(ls "$out"/*.png | wc -l) screenshots to $out"
