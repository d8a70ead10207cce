#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, and runs ctest against a private Secret Service.
# usage: tests/run.sh [--sanitize] [extra ctest arguments]
#   (default)   preset "ci": warnings are errors, build in build/ci
#   --sanitize  preset "asan": AddressSanitizer + UndefinedBehaviorSanitizer (leaks reported), build/asan
# Everything runs on a throw-away HOME inside its own D-Bus session with an unlocked gnome-keyring;
# the script stops exactly the processes it started.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=ci
if [ "${1:-}" = --sanitize ]; then
    preset=asan
    shift
fi

"$root/installer/install-deps.sh" test
"$root/tests/contract/install.sh"

cd "$root"
[ -f "build/$preset/build.ninja" ] || cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/smsotp-tests.XXXXXX")
cleanup() { rm -rf "$sandbox"; }
trap cleanup EXIT
mkdir -p "$sandbox"/{home,data,config,cache,tmp} && install -d -m 700 "$sandbox/runtime"
export HOME="$sandbox/home" XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config" \
    XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/runtime" TMPDIR="$sandbox/tmp"
# Nothing of the caller's desktop: no display to prompt on, no session bus but our own.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
export QT_QPA_PLATFORM=offscreen CTEST_PARALLEL_LEVEL="${CTEST_PARALLEL_LEVEL:-2}"
if [ "$preset" = asan ]; then
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1"
    export LSAN_OPTIONS="suppressions=$root/tests/support/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fi

dbus-run-session --config-file="$root/tests/support/dbus-session.conf" -- "$root/tests/support/with-keyring.sh" ctest --preset "$preset" "$@"
