#!/usr/bin/env bash
# Regenerates the committed application icons from resources/icons/pressdesk.svg, the one
# source of the icon. Run it after changing the SVG and commit the results:
#   hicolor/<N>x<N>/pressdesk.png  (Linux, installed under share/icons/hicolor)
#   ../windows/pressdesk.ico       (Windows: .exe icon, installer, file association)
#   ../macos/pressdesk.icns        (macOS: app bundle icon)
# Needs rsvg-convert (librsvg2-bin), icotool (icoutils) and png2icns (icnsutils).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
svg="$here/../../resources/icons/pressdesk.svg"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$here/hicolor/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" "$svg" -o "$tmp/$size.png"
    cp "$tmp/$size.png" "$here/hicolor/${size}x${size}/pressdesk.png"
done
rsvg-convert --width 1024 --height 1024 "$svg" -o "$tmp/1024.png"

icotool --create --output "$here/../windows/pressdesk.ico" \
    "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" --raw="$tmp/256.png"
png2icns "$here/../macos/pressdesk.icns" \
    "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" "$tmp/1024.png" >/dev/null
echo "Icons written under $here, ../windows and ../macos."
