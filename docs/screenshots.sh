#!/usr/bin/env bash
# Regenerates the screenshots of docs/user-guide.md and README.md in docs/screenshots/.
#
#   docs/screenshots.sh [OUTPUT_FOLDER]     (default: docs/screenshots)
#
# Builds pressdesk and the screenshot program (tests/screenshots/shoot_guide.cpp) in the
# dev preset, creates a fresh database with the demo newsroom (`pressdesk demo`) in a
# temporary home (/tmp/pressdesk-demo, removed afterwards), and drives the real main
# window under Xvfb at 1280x800, in English, with the Fusion style and DejaVu Sans, so
# that every run gives the same pictures (only dates that depend on the day of the run
# change). The PDF export's first page is rendered with pdftoppm.
#
# Linux only (Xvfb, the pressdesk-gui target). Needs: what ./test needs, plus xvfb-run
# (xvfb, xauth) and pdftoppm (poppler-utils); all are in scripts/install-deps.sh.
# pngquant, when installed, makes the files smaller.
# The build waits for the lock file PRESSDESK_BUILD_LOCK (default
# /tmp/pressdesk-build.lock, with flock when it exists), so that only one build runs at a
# time on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=${1:-docs/screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)

for tool in xvfb-run pdftoppm cmake; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: run scripts/install-deps.sh" >&2; exit 1; }
done

[ -f build/dev/CMakeCache.txt ] || cmake --preset dev >/dev/null
build=(cmake --build --preset dev --target pressdesk pressdesk_full shoot_guide)
if command -v flock >/dev/null; then
    flock "${PRESSDESK_BUILD_LOCK:-/tmp/pressdesk-build.lock}" "${build[@]}"
else
    "${build[@]}"
fi

# A home of its own with a fixed path (it shows in the status bar and in Preferences, so a
# random name would change every picture): empty settings, the default data folder.
work="${TMPDIR:-/tmp}/pressdesk-demo"
rm -rf "$work"
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/.config" XDG_DATA_HOME="$work/.local/share"
export XDG_CACHE_HOME="$work/.cache" XDG_RUNTIME_DIR="$work/.runtime" USER=lucia
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME/Pressdesk/Pressdesk" "$XDG_RUNTIME_DIR" "$work/Documents"
chmod 700 "$XDG_RUNTIME_DIR"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en TZ=UTC QT_FONT_DPI=96
unset QT_QPA_PLATFORM QT_STYLE_OVERRIDE QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS
export QT_QPA_PLATFORMTHEME=generic

database="$XDG_DATA_HOME/Pressdesk/Pressdesk/pressdesk.sqlite"
build/dev/app/pressdesk --database "$database" demo

xvfb-run -a -s "-screen 0 1400x900x24 -dpi 96" \
    build/dev/tests/screenshots/shoot_guide "$database" "$out" "$work/Documents" \
    "$root/tests/data/import/en-dateline-full.txt" >"$work/shoot.log" \
    || { cat "$work/shoot.log"; exit 1; }

# The exported PDF as the journalist sees it: the first page, 800 pixels wide.
pdftoppm -png -f 1 -l 1 -singlefile -scale-to-x 800 -scale-to-y -1 "$work/Documents/release.pdf" "$out/export-pdf"

# 256 colours are plenty for a window: pngquant makes the files about 60% smaller with no
# visible change. Optional (apt-get install pngquant, brew install pngquant).
if command -v pngquant >/dev/null; then
    pngquant --quality 85-100 --speed 1 --strip --force --ext .png "$out"/*.png || true
else
    echo "pngquant is not installed: the pictures are left unquantized (larger)." >&2
fi

echo "Wrote $(ls "$out"/*.png | wc -l) screenshots to $out ($(du -sh "$out" | cut -f1))."
