#!/usr/bin/env bash
# Runs one test command in a throwaway environment of its own: a temporary HOME and XDG
# folders, an Xvfb display, and a private D-Bus session with an unlocked gnome-keyring.
# Everything it starts is bounded by ONAIR_TEST_TIMEOUT (seconds) and removed on exit,
# also when the test fails or CTest kills us. A test owns every process it started, and
# everything those started: one still running after the test (found by the run's marker in
# its environment, or the run's folder on its command line) fails the test, and is killed.
#
#   test-env.sh COMMAND [ARGS...]
set -uo pipefail

if [[ "${1:-}" == "--inner" ]]; then
    # Second stage, inside dbus-run-session: unlock a fresh keyring, then run the test.
    shift
    echo -n "onair-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    timeout --kill-after=5 "${ONAIR_TEST_TIMEOUT:-300}" "$@"
    rc=$?
    # gnome-keyring-daemon leaves with the bus, but do not rely on it.
    for pid in $(pgrep -f gnome-keyring-daemon 2>/dev/null); do
        environ=$(tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null) || continue
        if grep -qxF "HOME=$HOME" <<<"$environ"; then
            kill "$pid" 2>/dev/null
        fi
    done
    exit "$rc"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/onair-test.XXXXXX")
xvfb_pid=""
# Processes of this run other than the harness and this scan: the marker is in their
# environment, or the run's folder on their command line (nginx overwrites its environment
# with its title). A process left behind has been reparented away from the harness.
descends_from_harness() {
    local p=$1 stat
    for _ in 1 2 3 4 5 6; do
        [[ "$p" == "$$" ]] && return 0
        stat=$(cat "/proc/$p/stat" 2>/dev/null) || return 1
        stat=${stat##*) }
        read -r _ p _ <<<"$stat"
        [[ "$p" -le 1 ]] && return 1
    done
    return 1
}
leftovers() {
    local f pid
    {
        grep -lzxF "ONAIR_TEST_RUN=$work" /proc/[0-9]*/environ
        grep -laF "$work/" /proc/[0-9]*/cmdline
    } 2>/dev/null | while read -r f; do
        pid=${f#/proc/}
        pid=${pid%%/*}
        [[ "$pid" == "$xvfb_pid" ]] && continue
        descends_from_harness "$pid" && continue
        echo "$pid $( (tr '\0' ' ' <"/proc/$pid/cmdline") 2>/dev/null | cut -c1-160)"
    done | sort -un
}
cleanup() {
    # Stopped early (CTest's timeout, Ctrl+C): whatever the run started goes too.
    local pid
    while read -r pid _; do [[ -n "$pid" ]] && kill -KILL "$pid" 2>/dev/null; done <<<"$(leftovers)"
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 143' TERM INT
export ONAIR_TEST_RUN="$work"

export HOME="$work/home"
export XDG_CONFIG_HOME="$work/home/.config"
export XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache"
export XDG_STATE_HOME="$work/home/.local/state"
export XDG_RUNTIME_DIR="$work/runtime"
export TMPDIR="$work/tmp"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$TMPDIR"
mkdir -m 700 "$XDG_RUNTIME_DIR"

# Xvfb picks a free display itself and writes its number to fd 3 once it is ready.
Xvfb -displayfd 3 -nolisten tcp -screen 0 1600x1000x24 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
    [[ -s "$work/display" ]] && break
    sleep 0.1
done
if [[ ! -s "$work/display" ]]; then
    echo "test-env: Xvfb did not start" >&2
    cat "$work/xvfb.log" >&2
    exit 1
fi
export DISPLAY=":$(tr -d '[:space:]' <"$work/display")"
export QT_QPA_PLATFORM=xcb
unset WAYLAND_DISPLAY SESSION_MANAGER
[[ $(id -u) -eq 0 ]] && export QTWEBENGINE_DISABLE_SANDBOX=1
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu --disable-background-networking --disable-component-update}"

dbus-run-session -- "$0" --inner "$@"
rc=$?

# A process that stops on its own a moment after the test (a child told to quit) is fine.
left=""
for _ in $(seq 30); do
    left=$(leftovers)
    [[ -z "$left" ]] && break
    sleep 0.1
done
if [[ -n "$left" ]]; then
    echo "test-env: FAIL: the test left these processes running (now killed):" >&2
    echo "$left" >&2
    while read -r pid _; do kill -KILL "$pid" 2>/dev/null; done <<<"$left"
    [[ $rc -eq 0 ]] && rc=1
fi
exit "$rc"
