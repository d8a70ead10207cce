#!/bin/sh
# Source rules of SECURITY.md that a grep can hold, over the product's sources (core, ui, app):
#  1: codes and keys come only from QRandomGenerator::system(); no other random source exists.
# 15: no TLS error is ignored wholesale; the one ignoreSslErrors call is HttpSender's, for the pinned leaf.
# usage: check-sources.sh PROJECT_DIR
set -u
cd "$1" || exit 2
status=0

forbid() { # PATTERN WHY [ALLOWED_FILE]
    hits=$(grep -rnE --include='*.cpp' --include='*.h' "$1" core ui app | grep -v "^${3:-/}:")
    if [ -n "$hits" ]; then
        printf '%s\n%s\n' "$2" "$hits"
        status=1
    fi
}

forbid '(^|[^[:alnum:]_.>])(s?rand|qs?rand|random|drand48)[[:space:]]*\(' \
    'SECURITY.md 1: a C library random function'
forbid 'mt19937|minstd_rand|default_random_engine|random_device|ranlux|knuth_b' \
    'SECURITY.md 1: a standard library random engine'
forbid 'QRandomGenerator(64)?[[:space:]]*::[[:space:]]*(global|securelySeeded)|QRandomGenerator(64)?[[:space:]]+[[:alnum:]_]+[[:space:]]*[({;]' \
    'SECURITY.md 1: a QRandomGenerator other than system()'
forbid 'VerifyNone|QueryPeer' 'SECURITY.md 15: peer verification switched off'
forbid 'ignoreSslErrors[[:space:]]*\([[:space:]]*\)' 'SECURITY.md 15: every TLS error ignored'
forbid 'ignoreSslErrors' 'SECURITY.md 15: TLS errors ignored outside HttpSender' 'core/providers/HttpSender.cpp'
exit $status
