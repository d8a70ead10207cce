#!/usr/bin/env bash
# Regenerates the Qt Linguist sources (smsotp_<lang>.ts) from the C++ sources the console shows text from:
# new strings are added unfinished, strings no longer in the sources are dropped, translations are kept.
# smsotp_en.ts holds only the messages with plural forms ("%n attempt(s)"), from every source, the CLI's
# included: the CLI prints English, with these forms. The other languages leave out core/cli (scripts read it).
# usage: resources/translations/update.sh      (needs qt6-l10n-tools: installer/install-deps.sh build)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
lupdate=/usr/lib/qt6/bin/lupdate
mapfile -t all < <(find app ui core \( -name '*.cpp' -o -name '*.h' \) | sort)
mapfile -t gui < <(printf '%s\n' "${all[@]}" | grep -v '^core/cli/')
for ts in resources/translations/smsotp_*.ts; do
    if [[ $ts == */smsotp_en.ts ]]; then
        "$lupdate" -silent -locations relative -no-obsolete -pluralonly -source-language en -target-language en \
            "${all[@]}" -ts "$ts"
    else
        "$lupdate" -silent -locations relative -no-obsolete "${gui[@]}" -ts "$ts"
    fi
done
