#!/usr/bin/env bash
# The Debian package, end to end: lints the desktop entry and the AppStream metainfo, builds the package
# (build/package: Release, no tests, unless SMSOTP_PACKAGE_BUILD names another), checks its control fields and file list, installs it with apt-get,
# runs the installed smsotp (--version, and send-test against the sandbox with the code fed on standard input)
# and the installed GUI offscreen, then purges it and checks that nothing of it is left under /usr.
# usage: installer/test-package.sh          (as root, or a user with sudo; CI runs it from .ci/run)
#   JOBS=N   build with N parallel jobs (default: Ninja's)
#   SMSOTP_PACKAGE_BUILD=DIR   package from this build folder (default build/package, Release, no tests)
# The programs run on a throw-away HOME inside their own D-Bus session with an unlocked gnome-keyring, as
# tests/run.sh does; the script stops exactly the processes it started.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app_id=org.example.smsotp_console
pkg=smsotp-console

say() { printf '== %s\n' "$*"; }
die() { printf 'test-package.sh: FAIL: %s\n' "$*" >&2; exit 1; }

# ---- run inside dbus-run-session + with-keyring.sh: the installed programs ----
if [ "${1:-}" = --installed-programs ]; then
    work=$2
    version=$3
    say "installed smsotp --version"
    out=$(/usr/bin/smsotp --version)
    printf '%s\n' "$out"
    grep -qF "$version" <<<"$out" || die "smsotp --version does not say $version"

    say "installed smsotp send-test on the sandbox, the code fed on standard input"
    mkdir -p "$work/cli"
    mkfifo "$work/cli/in" "$work/cli/err"
    timeout 60 /usr/bin/smsotp --data-dir "$work/cli/data" send-test --to +447400123456 --provider sandbox \
        <"$work/cli/in" >"$work/cli/out" 2>"$work/cli/err" &
    cli_pid=$!
    exec 3>"$work/cli/in" 4<"$work/cli/err"
    code=""
    while IFS= read -r -t 30 line <&4; do
        printf '   stderr: %s\n' "$line"
        if [[ $line =~ ^Sandbox\ phone\ \+[0-9]+:\ .*code\ is\ ([[:alnum:]]+) ]]; then
            code=${BASH_REMATCH[1]}
        fi
        if [[ $line == *"Type the code"* ]]; then
            break
        fi
    done
    [ -n "$code" ] || die "send-test printed no sandbox message with a code"
    printf '%s\n' "$code" >&3
    exec 3>&-
    cat <&4 >"$work/cli/err.rest" || true
    exec 4<&-
    status=0
    wait "$cli_pid" || status=$?
    sed 's/^/   stdout: /' "$work/cli/out"
    [ "$status" -eq 0 ] || { cat "$work/cli/err.rest" >&2; die "send-test exited with $status, not 0 (verified)"; }
    grep -qi "verified" "$work/cli/out" || die "send-test did not say the code was verified"

    say "installed smsotp-console, offscreen, on the History page, for 3 seconds"
    mkdir -p "$work/gui"
    printf '[window]\npage=4\n' >"$work/gui/console.ini"
    QT_QPA_PLATFORM=offscreen /usr/bin/smsotp-console --data-dir "$work/gui" >"$work/gui.log" 2>&1 &
    gui_pid=$!
    sleep 3
    if ! kill -0 "$gui_pid" 2>/dev/null; then
        status=0
        wait "$gui_pid" || status=$?
        cat "$work/gui.log" >&2
        die "smsotp-console exited within 3 s (status $status)"
    fi
    kill -TERM "$gui_pid"
    status=0
    wait "$gui_pid" || status=$?
    # 143 = ended by our SIGTERM, as asked; anything else is the program's own failure.
    [ "$status" -eq 0 ] || [ "$status" -eq 143 ] || { cat "$work/gui.log" >&2; die "smsotp-console: status $status"; }
    [ -f "$work/gui/smsotp.sqlite" ] || die "smsotp-console did not create its database in --data-dir"
    if grep "History chart:" "$work/gui.log"; then die "smsotp-console could not load its chart plugin"; fi
    echo "   ran for 3 s, stopped by SIGTERM"
    exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "run as root (apt-get install and purge)"
    as_root=(sudo)
fi
"$root/installer/install-deps.sh" package
cd "$root"

say "lint: desktop entry and AppStream metainfo"
desktop-file-validate "resources/$app_id.desktop"
appstreamcli validate --no-net "resources/$app_id.metainfo.xml"

build=${SMSOTP_PACKAGE_BUILD:-build/package}
say "build the package ($build)"
# Configured every time (a second of work): picks up tools installed since, such as rsvg-convert. A build
# folder that exists already (CI passes build/ci, built by the test suite) keeps its own settings; the
# package holds only what the install rules name, stripped (CPACK_STRIP_FILES).
if [ -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" >/dev/null
else
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DSMSOTP_BUILD_TESTS=OFF -DSMSOTP_WERROR=ON >/dev/null
fi
cmake --build "$build" ${JOBS:+-j "$JOBS"}
rm -f "$build"/${pkg}_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
debs=("$build"/${pkg}_*.deb)
[ -f "${debs[0]}" ] && [ ${#debs[@]} -eq 1 ] || die "expected one .deb in $build"
deb=$root/${debs[0]}
echo "   $deb"

work=$(mktemp -d "${TMPDIR:-/tmp}/smsotp-package.XXXXXX")
installed=0
cleanup() {
    if [ "$installed" -eq 1 ]; then
        "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$pkg" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

say "control fields"
dpkg-deb -f "$deb" Package Version Section Architecture Depends Recommends | tee "$work/control"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || die "no project VERSION in $build/CMakeCache.txt"
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Version) == "$version"-* ]] || die "package version $(field Version) is not project version $version"
[ "$(field Section)" = admin ] || die "section is not admin"
# libqt6charts6 and libphonenumber8 (Debian 12 names it libphonenumber8-protobuf32) are needed by the plugins
# only: dpkg-shlibdeps read them too.
for dep in libc6 libqt6core6 libqt6widgets6 libqt6sql6 qt6-qpa-plugins libqt6sql6-sqlite libsecret-1-0 \
    libqt6charts6 'libphonenumber8(-protobuf[0-9]+)?'; do
    grep -Eq "(^|[ ,])$dep( |,|$)" <<<"$(field Depends)" || die "Depends lacks $dep (dpkg-shlibdeps ran?)"
done
grep -q gnome-keyring <<<"$(field Recommends)" || die "Recommends lacks a Secret Service provider"

say "file list"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
grep -v '^/usr/\|^/$\|^/usr/$' "$work/contents" && die "files outside /usr"
for f in /usr/bin/smsotp-console /usr/bin/smsotp \
    /usr/share/man/man1/smsotp-console.1.gz /usr/share/man/man1/smsotp.1.gz \
    /usr/share/doc/$pkg/changelog.Debian.gz /usr/share/doc/$pkg/copyright \
    /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/smsotp-console.svg \
    /usr/share/bash-completion/completions/smsotp /usr/share/zsh/vendor-completions/_smsotp \
    /usr/share/doc/$pkg/README.md /usr/share/doc/$pkg/resources/screenshots/main-window.png; do
    grep -qx "$f" "$work/contents" || die "the package lacks $f"
done
for size in 16 22 24 32 48 64 128 256; do
    grep -qx "/usr/share/icons/hicolor/${size}x${size}/apps/smsotp-console.png" "$work/contents" \
        || die "the package lacks the ${size}x${size} icon"
done
for plugin in smsotp_phonenumber smsotp_historychart; do
    grep -Eq "^/usr/lib/(.*/)?smsotp/$plugin\.so$" "$work/contents" || die "the package lacks the plugin $plugin"
done
grep -E '\.(a|o|la)$|/include/|/Test[A-Za-z]*$' "$work/contents" && die "static libraries, headers or tests in the package"
echo "   $(grep -vc '/$' "$work/contents") files, all under /usr"

say "apt-get install ./$(basename "$deb")"
if dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null | grep -q installed; then
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$pkg" >/dev/null
fi
installed=1
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; die "apt-get install failed"; }
dpkg -L "$pkg" | sort >"$work/installed"
echo "   $(wc -l <"$work/installed") paths"
grep -v '^/usr\(/\|$\)\|^/\.$' "$work/installed" && die "installed paths outside /usr"
[ "$(command -v smsotp)" = /usr/bin/smsotp ] || die "smsotp is not /usr/bin/smsotp on PATH"
# Each plugin's symbols all come from the libraries it names (none from the program that loads it), and those
# are installed: the chart plugin is loaded only when a user opens the chart, so this is checked here.
for plugin in $(grep -E '/smsotp/smsotp_[a-z]+\.so$' "$work/installed"); do
    ldd -r "$plugin" >"$work/ldd.log" 2>&1 || { cat "$work/ldd.log" >&2; die "ldd failed on $plugin"; }
    if grep -E 'undefined symbol|not found' "$work/ldd.log"; then die "$plugin does not load on its own"; fi
done
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null
gzip -t /usr/share/man/man1/smsotp.1.gz /usr/share/man/man1/smsotp-console.1.gz \
    /usr/share/doc/$pkg/changelog.Debian.gz
# The installed completion completes: "smsotp prov<Tab>" offers provider.
bash -c 'source /usr/share/bash-completion/completions/smsotp; COMP_WORDS=(smsotp prov); COMP_CWORD=1; _smsotp
    [ "${COMPREPLY[*]}" = provider ]' || die "the bash completion does not complete \"smsotp prov\""

# A throw-away HOME, its own session bus and an unlocked keyring, nothing of the caller's desktop.
mkdir -p "$work"/{home,data,config,cache,tmp} && install -d -m 700 "$work/runtime"
(
    export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" \
        XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/runtime" TMPDIR="$work/tmp"
    unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
    dbus-run-session --config-file="$root/tests/support/dbus-session.conf" -- \
        "$root/tests/support/with-keyring.sh" "$root/installer/test-package.sh" --installed-programs "$work" "$version"
)

say "apt-get purge $pkg"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$pkg" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; die "apt-get purge failed"; }
installed=0
dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null | grep -q . && die "dpkg still knows $pkg"
left=()
while IFS= read -r path; do
    [ "$path" = /. ] && continue
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        # A directory may stay when another package owns it or it holds what is not ours (an icon cache).
        dpkg-query -S "$path" >/dev/null 2>&1 && continue
        [ -n "$(ls -A "$path")" ] && continue
        left+=("$path (empty directory)")
    elif [ -e "$path" ] || [ -L "$path" ]; then
        left+=("$path")
    fi
done <"$work/installed"
[ ${#left[@]} -eq 0 ] || die "left under /usr after purge: ${left[*]}"
echo "   nothing of $pkg is left under /usr ($(wc -l <"$work/installed") paths checked)"
say "package test passed: $(basename "$deb")"
