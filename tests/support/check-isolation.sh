#!/usr/bin/env bash
# Checks what test-env.sh promises every test: a temporary HOME and XDG folders, a display,
# a private D-Bus session and an unlocked keyring that stores and returns a secret.
set -euo pipefail
fail() { echo "FAIL: $*" >&2; exit 1; }

[[ "$HOME" == */onair-test.*/home ]] || fail "HOME is not a temporary folder: $HOME"
[[ "$XDG_CONFIG_HOME" == "$HOME/.config" ]] || fail "XDG_CONFIG_HOME=$XDG_CONFIG_HOME"
[[ -n "${DISPLAY:-}" ]] || fail "no DISPLAY"
xdpyinfo_ok=0
if command -v xdpyinfo >/dev/null; then xdpyinfo >/dev/null 2>&1 && xdpyinfo_ok=1; fi
[[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]] || fail "no private D-Bus session"
[[ "$DBUS_SESSION_BUS_ADDRESS" != *"/run/user/"* ]] || fail "the user's own bus leaked in"
[[ -n "${ONAIR_TEST_TIMEOUT:-}" ]] || fail "no time bound"
echo -n "harness-secret" | secret-tool store --label=onair-harness service onair-harness key k \
    || fail "cannot store in the keyring"
[[ "$(secret-tool lookup service onair-harness key k)" == "harness-secret" ]] \
    || fail "the keyring did not return the secret"
secret-tool clear service onair-harness key k
echo "isolated: HOME=$HOME DISPLAY=$DISPLAY xdpyinfo=$xdpyinfo_ok"
echo "1 passed, 0 failed"
