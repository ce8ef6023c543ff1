#!/usr/bin/env bash
# Builds the .deb with CPack and checks its content and desktop metadata.
set -euo pipefail
build=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$build/packages"
cmake --build "$build" --target package >"$TMPDIR/cpack.log" 2>&1 || { cat "$TMPDIR/cpack.log"; fail "cpack"; }
debs=("$build"/packages/onair_*.deb)
deb=${debs[0]}
[[ -f "$deb" ]] || fail "no .deb in $build/packages"
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB)"

# Captured first: under pipefail, `grep -q` closing the pipe early would fail dpkg-deb.
info=$(dpkg-deb --info "$deb")
grep -q "Package: onair" <<<"$info" || fail "control file"
contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/onair ./usr/bin/onair-sandbox \
         ./usr/share/applications/io.github.onair.OnAir.desktop \
         ./usr/share/metainfo/io.github.onair.OnAir.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.onair.OnAir.svg; do
    grep -q " $f\$" <<<"$contents" || fail "$f is not in the package"
done

root="$TMPDIR/deb-root"
dpkg-deb --extract "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/io.github.onair.OnAir.desktop" || fail "desktop file"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.github.onair.OnAir.metainfo.xml" \
    || fail "metainfo"
version=$("$root/usr/bin/onair" --version) || fail "the packaged onair does not run"
grep -q "^onair " <<<"$version" || fail "the packaged onair printed: $version"
echo "3 passed, 0 failed"
