#!/usr/bin/env bash
# Start-up benchmark: `pressdesk --exit-after-startup` on an empty database against the
# same on an archive of N synthetic releases (default 100000), measured in one run and
# reported as ratios (time and peak memory), since the machine is shared and noisy.
# Usage: tests/benchmarks/startup.sh [BINARY] [N]
set -euo pipefail
binary=${1:-build/release/app/pressdesk}
releases=${2:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

"$binary" --database "$work/empty.sqlite" check >/dev/null
start=$(date +%s.%N)
"$binary" --database "$work/archive.sqlite" demo --releases "$releases" --seed 1
end=$(date +%s.%N)
echo "demo --releases $releases: $(echo "$end - $start" | bc) s"

measure() { # prints "milliseconds-to-first-paint peak-kB" for the median of 5 runs
    local db=$1 runs=()
    for _ in 1 2 3 4 5; do
        runs+=("$( { /usr/bin/time -f '%M' "$binary" --database "$db" --exit-after-startup 2>&1 >/dev/null; } \
            | grep -E '^[0-9]+$' | paste -sd' ')")
    done
    printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p
}
read -r empty_ms empty_kb <<<"$(measure "$work/empty.sqlite")"
read -r full_ms full_kb <<<"$(measure "$work/archive.sqlite")"
echo "start-up to first painted page: empty ${empty_ms} ms, ${releases} releases ${full_ms} ms," \
     "ratio $(echo "scale=2; $full_ms / $empty_ms" | bc)"
echo "peak memory: empty ${empty_kb} kB, ${releases} releases ${full_kb} kB," \
     "ratio $(echo "scale=2; $full_kb / $empty_kb" | bc)"
