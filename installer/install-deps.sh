#!/usr/bin/env bash
# Installs the Debian 12 packages SMS OTP Console needs, and only those that are missing.
# usage: installer/install-deps.sh build|test|package
#   build    compiler, CMake, Qt 6, the libraries the programs link, rsvg-convert (the icon's PNGs)
#   test     build + a private Secret Service (gnome-keyring, D-Bus), Xvfb and fonts, sanitizer runtime,
#            node and npm for Prism, the mock server of the WSO2 contract test
#   package  test + what CPack and the desktop-file checks use
# Runs apt-get as root, or through sudo for a normal user. A second run installs nothing.
set -euo pipefail

build=(g++ cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-qpa-plugins libqt6sql6-sqlite qtkeychain-qt6-dev libsecret-1-0
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-l10n-tools
    libphonenumber-dev librsvg2-bin)
# dbus-x11 must NOT be installed: it makes Qt autolaunch a stray bus that hangs QtKeychain (ENVIRONMENT.md).
test=(dbus dbus-daemon gnome-keyring libsecret-tools xvfb xauth fonts-dejavu-core imagemagick
    clang libclang-rt-14-dev clang-format-14 zsh adwaita-qt6
    nodejs npm)
package=(dpkg-dev file desktop-file-utils appstream qt6-translations-l10n)

case "${1:-build}" in
    build) wanted=("${build[@]}") ;;
    test) wanted=("${build[@]}" "${test[@]}") ;;
    package) wanted=("${build[@]}" "${test[@]}" "${package[@]}") ;;
    *) echo "usage: $0 build|test|package" >&2; exit 64 ;;
esac

missing=()
provided=$(dpkg-query -W -f='${db:Status-Status} ${Provides}\n' 2>/dev/null || true)
for p in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = installed ] && continue
    # Also present when an installed package provides it (NodeSource's nodejs provides npm).
    grep -Eq "^installed (.*, )?$p( |,|$)" <<<"$provided" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Missing packages (${missing[*]}) and no sudo: run as root." >&2; exit 1; }
    as_root=(sudo)
fi
# An install that was killed half way (a cancelled CI run) leaves dpkg "interrupted", and every later
# apt-get refuses to run until it is finished; finish it first.
if [ -n "$(dpkg --audit 2>/dev/null)" ] || [ -n "$(ls -A /var/lib/dpkg/updates 2>/dev/null)" ]; then
    echo "Finishing an interrupted package installation (dpkg --configure -a)"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive dpkg --configure -a
fi
echo "Installing: ${missing[*]}"
"${as_root[@]}" apt-get update -qq
# Named explicitly because some are only Recommends (libqt6sql6-sqlite, xauth).
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
