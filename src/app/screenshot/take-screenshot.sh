#!/bin/sh
# Regenerates editor-fr.png from the real editor on a virtual display: a fresh first-run
# project (built from corpus/), French interface, one claim chosen by a click.
# Usage: src/app/screenshot/take-screenshot.sh BUILD_DIR
set -eu
build=${1:?build directory}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'kill "$app" "$xvfb" 2>/dev/null || true; rm -rf "$tmp"' EXIT
display=:$((90 + $$ % 100))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" DISPLAY="$display" \
    "$build/src/app/crible" --lang fr >/dev/null 2>&1 &
app=$!
sleep 5
# The window takes most of the screen, not all of it: maximise it, then shoot only it.
window=$(DISPLAY="$display" xdotool search --sync --onlyvisible --pid "$app" | tail -1)
DISPLAY="$display" xdotool windowmove "$window" 0 0 windowsize "$window" 1400 900
sleep 1.5
DISPLAY="$display" xdotool mousemove 720 805 click 1
sleep 1.5
DISPLAY="$display" import -window "$window" "$here/editor-fr.png"
