#!/usr/bin/env bash
# Search benchmark: the whole process `pressdesk search "<two words>" --limit 50 --format json`
# against the sqlite3 shell running the equivalent FTS5 query (same MATCH expression, bm25
# with the same weights, snippet, LIMIT 50) on the same file, for a rare, a medium and a
# very common pair of words. Reports medians of 15 runs and the ratio of the two (target:
# at most 1.5x; `pressdesk` is the Qt command line, QtCore and QtSql only on Linux).
# Usage: tests/benchmarks/search.sh [BINARY] [DATABASE]   (DATABASE: demo --releases 100000 --seed 1)
set -euo pipefail
binary=${1:-build/release/app/pressdesk}
database=${2:-/tmp/pressdesk-bench.sqlite}
if [ ! -f "$database" ]; then
    "$binary" --database "$database" demo --releases 100000 --seed 1
fi
runs=15

median_ms() { # command... → median wall time in milliseconds over $runs runs
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | awk '{ printf "%.2f", $1 / 1000 }'
}

printf '%-24s %8s %10s %10s %7s\n' "query" "matches" "pressdesk" "sqlite3" "ratio"
for words in "yuki nakamura" "bogota adolescents" "migrant women"; do
    first=${words% *}
    second=${words#* }
    match="\"$first\" AND \"$second\"*"
    sql="SELECT r.id, r.headline, rank, snippet(releases_fts, -1, char(2), char(3), '…', 14)
         FROM releases_fts JOIN releases r ON r.id = releases_fts.rowid
         WHERE releases_fts MATCH '$match' AND r.deleted_at IS NULL ORDER BY rank LIMIT 50"
    matches=$(sqlite3 "$database" "SELECT count(*) FROM releases_fts WHERE releases_fts MATCH '$match'")
    ours=$(median_ms "$binary" --database "$database" search "$words" --limit 50 --format json)
    theirs=$(median_ms sqlite3 -json "$database" "$sql")
    printf '%-24s %8s %8s ms %7s ms %6.2fx\n' "$words" "$matches" "$ours" "$theirs" \
        "$(echo "$ours / $theirs" | bc -l)"
done
