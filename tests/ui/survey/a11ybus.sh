#!/bin/sh
# Runs a test with Qt's accessibility on, as under a screen reader: the xcb platform on a virtual X
# server (xvfb-run), a private D-Bus session and the AT-SPI bus on it (at-spi-bus-launcher, given as
# the first argument); Qt turns accessibility on once it reaches that bus.
# Usage: a11ybus.sh /path/to/at-spi-bus-launcher test [arguments]
set -eu
launcher=$1
shift
exec xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- sh -c '
    "$0" --launch-immediately >/dev/null 2>&1 &
    bus=$!
    rc=0
    QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$@" || rc=$?
    kill "$bus" 2>/dev/null || true
    exit "$rc"' "$launcher" "$@"
