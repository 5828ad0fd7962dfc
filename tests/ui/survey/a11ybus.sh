#!/bin/sh
# Runs a test with Qt's accessibility on, as under a screen reader: the xcb platform on a virtual X
# server (Xvfb), a private D-Bus session and the AT-SPI bus on it (at-spi-bus-launcher, given as the
# first argument); Qt turns accessibility on once it reaches that bus.
# Usage: a11ybus.sh /path/to/at-spi-bus-launcher test [arguments]
#
# Xvfb picks a free display itself (-displayfd) and says its number once it accepts connections, so
# a stale /tmp/.X*-lock or a display another run holds does not matter (xvfb-run -a guesses from the
# lock files and needs xauth). When the test could not reach the display at all (it failed before
# QtTest printed its first line), the X server's log is shown and the run is tried once more on a
# fresh server; a test that started and failed is never retried.
set -eu
launcher=$1
shift
work=$(mktemp -d "${TMPDIR:-/tmp}/panelist-a11y.XXXXXX")
xvfb=
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_xvfb() {
    : >"$work/display"
    Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x1024x24 3>"$work/display" >"$work/xvfb.log" 2>&1 &
    xvfb=$!
    tries=0
    while ! grep -q '^[0-9]' "$work/display"; do
        if ! kill -0 "$xvfb" 2>/dev/null || [ "$tries" -ge 100 ]; then
            echo "a11ybus.sh: Xvfb did not start:" >&2
            cat "$work/xvfb.log" >&2
            return 1
        fi
        tries=$((tries + 1))
        sleep 0.1
    done
    DISPLAY=:$(head -n 1 "$work/display")
    export DISPLAY
}

run_once() {
    # QT_LOGGING_RULES is cleared so that a platform failure says why (ctest sets qt.qpa.*=false).
    dbus-run-session -- sh -c '
        "$0" --launch-immediately >/dev/null 2>&1 &
        bus=$!
        rc=0
        QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_LOGGING_RULES= "$@" || rc=$?
        kill "$bus" 2>/dev/null || true
        exit "$rc"' "$launcher" "$@" >"$work/out" 2>&1
}

for attempt in 1 2; do
    start_xvfb
    rc=0
    run_once "$@" || rc=$?
    cat "$work/out"
    if [ "$rc" -eq 0 ] || grep -q '^\*\*\*\*\*\*\*\*\* Start testing' "$work/out"; then
        exit "$rc"
    fi
    echo "a11ybus.sh: attempt $attempt: the test did not reach the display $DISPLAY (exit $rc); Xvfb said:" >&2
    cat "$work/xvfb.log" >&2
    kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null || true
    xvfb=
done
exit "$rc"
