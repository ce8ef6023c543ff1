#!/usr/bin/env bash
# Installs what building, running and testing OnAir need, on Debian 12, as root.
# Idempotent, and quick when everything is already there (no apt-get call at all).
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git file dpkg-dev clang-format
    # the fuzz preset: clang with libFuzzer and the sanitizer runtimes
    clang libclang-rt-14-dev
    # Qt 6.4 and QtKeychain
    qt6-base-dev qt6-declarative-dev qt6-webengine-dev qt6-webchannel-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-networkauth-dev qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libgl-dev
    # the test harness: a display, a private D-Bus session and a keyring
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools xdotool
    # the sandbox: RTMP ingest and a real encoder
    nginx-light libnginx-mod-rtmp ffmpeg
    # packaging checks
    desktop-file-utils appstream
)

if [[ $(id -u) -ne 0 ]]; then
    sudo=sudo
else
    sudo=
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "installed" ]] || missing+=("$p")
done
# npm bundles hls.js for the sandbox's monitor page; any Node.js with npm will do.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)

if ((${#missing[@]})); then
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
