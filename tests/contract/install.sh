#!/usr/bin/env bash
# Installs Prism (the validating mock server of TestWso2Contract) from package-lock.json with `npm ci`.
# Does nothing when node_modules already matches the lock, so a second run is immediate.
# Without node or npm it says so and leaves the test to skip itself (installer/install-deps.sh test installs both).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "tests/contract: node or npm is missing, the WSO2 contract test will be skipped (install-deps.sh test installs them)." >&2
    exit 0
fi
# npm ci writes node_modules/.package-lock.json; it is up to date when it is newer than the lock.
if [ -x node_modules/.bin/prism ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
    exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
