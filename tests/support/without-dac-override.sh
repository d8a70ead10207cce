#!/bin/sh
# Runs a test without the power of root to ignore file permissions, so a read-only file is read-only.
# As a normal user there is nothing to drop.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
    exec setpriv --inh-caps=-dac_override,-dac_read_search,-fowner \
        --bounding-set=-dac_override,-dac_read_search,-fowner -- "$@"
fi
exec "$@"
