#!/usr/bin/env bash
# Screenshots of the press room for the user guide: the home page and a release page at
# 1280 and 375 px, light and dark, with Debian's chromium in headless mode.
# usage: tests/site/screenshots.sh SITE_DIR RELEASE_PAGE OUT_DIR
#   (SITE_DIR from `pressdesk publish-site --out SITE_DIR`; RELEASE_PAGE relative to it)
set -euo pipefail
site=$(realpath "$1"); release=$2; out=$3
mkdir -p "$out"
shoot() { # page width height scheme name
    local scheme_flag=()
    [ "$4" = dark ] && scheme_flag=(--force-dark-mode --blink-settings=preferredColorScheme=0)
    [ "$4" = light ] && scheme_flag=(--blink-settings=preferredColorScheme=1)
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        "${scheme_flag[@]}" --window-size="$2,$3" --screenshot="$out/$5.png" "file://$site/$1" >/dev/null 2>&1
}
for scheme in light dark; do
    suffix=""; [ "$scheme" = dark ] && suffix="-dark"
    shoot en/index.html 1280 1100 "$scheme" "press-room-home$suffix"
    shoot en/index.html 375 1400 "$scheme" "press-room-home-375$suffix"
    shoot "$release" 1280 1600 "$scheme" "press-room-release$suffix"
    shoot "$release" 375 2400 "$scheme" "press-room-release-375$suffix"
done
ls "$out"/press-room-*.png
