#!/usr/bin/env bash
# Retakes the screenshots that the AppStream metainfo (resources/packaging/) links to.
# Runs the real window on a virtual X display (Xvfb) at a common laptop size, with fresh
# settings (the app's --screenshot option), so the pictures do not depend on this machine.
#   docs/screenshots/take-screenshots.sh [path/to/tcplab]     default: build-test/app/tcplab
set -euo pipefail
cd "$(dirname "$0")/../.."
app=${1:-build-test/app/tcplab}
out=docs/screenshots
size=1366x768

display=:7
Xvfb "$display" -screen 0 "${size}x24" >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid"' EXIT
sleep 2
export DISPLAY=$display

shoot() {
    local file=$1
    shift
    "$app" --size "$size" --screenshot "$out/$file" "$@"
    echo "$out/$file"
}
shoot main-window.png --lang en --scenario handshake-and-close --at 1.25s
shoot lost-syn-zh_CN.png --lang zh_CN --scenario lost-syn --at 1.2s --select 2
shoot settings.png --lang en --scenario data-transfer --at 0.6s --raise settingsDock
