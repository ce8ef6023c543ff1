#!/bin/sh
# `onair --api-root` refuses a root that would carry the bearer token in the clear: plain http
# to another host exits with code 2 and says why on stderr, before anything starts.
# Usage: check-api-root.sh path/to/onair
onair="$1"
for root in http://example.org/ http://192.168.1.10:8080/ ftp://127.0.0.1/; do
    out=$("$onair" --api-root "$root" 2>&1 >/dev/null)
    rc=$?
    if [ "$rc" -ne 2 ]; then
        echo "FAIL: --api-root $root exited with $rc, expected 2"
        exit 1
    fi
    if ! printf '%s\n' "$out" | grep -q "onair: --api-root: The API root"; then
        echo "FAIL: --api-root $root gave no clear message on stderr: $out"
        exit 1
    fi
    echo "ok: $root refused: $(printf '%s\n' "$out" | grep 'api-root')"
done
