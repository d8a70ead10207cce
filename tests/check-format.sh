#!/bin/sh
# The tree is formatted as .clang-format says (clang-format 14, from Debian's clang-format-14).
# usage: check-format.sh SOURCE_DIR   (to fix: the same files through clang-format-14 -i)
set -u
cd "$1" || exit 2
format=$(command -v clang-format-14 || command -v clang-format) || { echo "clang-format-14 is not installed"; exit 1; }
files=$(find app core ui tests -name '*.cpp' -o -name '*.h' | sort)
if ! "$format" --dry-run -Werror $files; then
    echo "Not formatted: run  $format -i \$(find app core ui tests -name '*.cpp' -o -name '*.h')"
    exit 1
fi
# QT_NO_CONTEXTLESS_CONNECT takes effect from Qt 6.7 on; on older Qt this finds a lambda connected without the
# context object that would disconnect it.
if grep -nE 'connect\([^,()]+,[[:space:]]*&[A-Za-z_:]+,[[:space:]]*\[' $files; then
    echo "A lambda connected without a context object (QT_NO_CONTEXTLESS_CONNECT): pass the receiver before it"
    exit 1
fi
echo "format ok: $(echo "$files" | wc -l) files"
