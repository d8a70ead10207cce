#!/usr/bin/env bash
# Installs what is missing, builds, and opens the console.
# usage: app/run.sh [console options, e.g. --data-dir DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/installer/install-deps.sh" build
cd "$root"
[ -f build/default/build.ninja ] || cmake --preset default >/dev/null
cmake --build --preset default --target smsotp-console
exec "$root/build/default/app/smsotp-console" "$@"
