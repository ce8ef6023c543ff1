#!/usr/bin/env bash
# Runs the update_translations target and checks every catalogue afterwards.
set -euo pipefail
build=$1
src=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --build "$build" --target update_translations >"$TMPDIR/lupdate.log" 2>&1 \
    || { cat "$TMPDIR/lupdate.log"; fail "update_translations"; }
for lang in en ru pl fr; do
    ts="$src/translations/onair_$lang.ts"
    grep -q "language=\"$lang" "$ts" || fail "$ts lost its language"
    grep -q "<name>onair::ui::MainWindow</name>" "$ts" || fail "$ts has no MainWindow strings"
    grep -q "<source>OFF AIR</source>" "$ts" || fail "$ts misses the tally text"
done
grep -c "<source>" "$src/translations/onair_en.ts" | sed 's/^/messages: /'
echo "4 passed, 0 failed"
