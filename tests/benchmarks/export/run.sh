#!/usr/bin/env bash
# Export benchmark (not a test): the same 100 synthetic releases (a) to PDF with
# `pressdesk export releases --format pdf` and (b) to HTML converted to PDF by LibreOffice
# in one batch call, in the same run; prints both times and the ratio. Then the in-process
# time of one release to PDF (bench_export, QBENCHMARK).
#   tests/benchmarks/export/run.sh [build folder, default build/dev] [releases, default 100]
set -euo pipefail
cd "$(dirname "$0")/../../.."
build="${1:-build/dev}"
count="${2:-100}"
pressdesk="$build/app/pressdesk"
[ -x "$pressdesk" ] || { echo "Build first: cmake --build --preset dev" >&2; exit 1; }

# LibreOffice is only for this comparison, so it is installed here and not by install-deps.sh.
if ! command -v soffice >/dev/null; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
"$pressdesk" --database "$work/bench.sqlite" demo --releases "$count" --seed 1 >/dev/null

now() { date +%s.%N; }

start=$(now)
"$pressdesk" --database "$work/bench.sqlite" export releases --all --format pdf --out-dir "$work/pdf" >/dev/null
pressdesk_seconds=$(awk "BEGIN { print $(now) - $start }")
pdfs=$(ls "$work/pdf"/*.pdf | wc -l)

"$pressdesk" --database "$work/bench.sqlite" export releases --all --format html --out-dir "$work/html" >/dev/null
# A first start creates LibreOffice's profile; keep that out of the measured call.
soffice --headless -env:UserInstallation="file://$work/lo-profile" --convert-to pdf --outdir "$work/warmup" \
    "$(ls "$work/html"/*.html | head -1)" >/dev/null 2>&1 || true
start=$(now)
soffice --headless -env:UserInstallation="file://$work/lo-profile" --convert-to pdf --outdir "$work/lo" "$work/html"/*.html \
    >/dev/null 2>&1
libreoffice_seconds=$(awk "BEGIN { print $(now) - $start }")
lo_pdfs=$(ls "$work/lo"/*.pdf | wc -l)

printf 'Pressdesk:   %3d PDFs in %6.2f s\n' "$pdfs" "$pressdesk_seconds"
printf 'LibreOffice: %3d PDFs in %6.2f s (HTML converted in one batch call)\n' "$lo_pdfs" "$libreoffice_seconds"
printf 'Ratio: Pressdesk is %.1fx faster\n' "$(awk "BEGIN { print $libreoffice_seconds / $pressdesk_seconds }")"

if [ -x "$build/tests/benchmarks/bench_export" ]; then
    "$build/tests/benchmarks/bench_export" releaseToPdf 2>/dev/null | grep -E "msecs|RESULT" || true
fi
