#!/usr/bin/env bash
# Regenerates the Qt Linguist sources (smsotp_<lang>.ts) from the C++ sources the console shows text from:
# new strings are added unfinished, strings no longer in the sources are dropped, translations are kept.
# The CLI (core/cli) is left out: it prints English only, and scripts read its output.
# usage: resources/translations/update.sh      (needs qt6-l10n-tools: installer/install-deps.sh build)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
lupdate=/usr/lib/qt6/bin/lupdate
mapfile -t sources < <(find app ui core -name '*.cpp' -o -name '*.h' | grep -v '^core/cli/' | sort)
for ts in resources/translations/smsotp_*.ts; do
    "$lupdate" -silent -locations relative -no-obsolete "${sources[@]}" -ts "$ts"
done
