#!/bin/sh
# The layer rule of DESIGN.md: core/ never includes a QtGui or QtWidgets header, and core tests link neither.
# usage: check-layers.sh CORE_DIR GUI_INCLUDE_DIRS(colon-separated) CORE_TEST_BINARY...
set -u
core_dir=$1; include_dirs=$2; shift 2
status=0

# Every <Header> core includes that exists in a QtGui or QtWidgets include folder is a violation.
headers=$(grep -rhoE '^[[:space:]]*#[[:space:]]*include[[:space:]]*<[^>]+>' "$core_dir" | sed -E 's/.*<([^>]+)>.*/\1/' | sort -u)
old_ifs=$IFS; IFS=:
for dir in $include_dirs; do
    IFS=$old_ifs
    case "$dir" in *QtGui*|*QtWidgets*) ;; *) continue ;; esac
    for h in $headers; do
        base=${h##*/}
        case "$h" in QtGui/*|QtWidgets/*) echo "core includes <$h>"; status=1; continue ;; esac
        if [ -e "$dir/$base" ]; then
            echo "core includes <$h>, a header of $(basename "$dir")"
            grep -rlE "#[[:space:]]*include[[:space:]]*<$h>" "$core_dir" | sed 's/^/  in /'
            status=1
        fi
    done
    IFS=:
done
IFS=$old_ifs

for binary in "$@"; do
    if ldd "$binary" | grep -E 'libQt6(Gui|Widgets)' >/dev/null; then
        echo "$(basename "$binary") links QtGui or QtWidgets; core tests link only smsotp_core and Qt::Test"
        status=1
    fi
done
[ $status -eq 0 ] && echo "layers ok: core includes no GUI header; $# core test(s) link no GUI library"
exit $status
