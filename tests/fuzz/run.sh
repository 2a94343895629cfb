#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, the `fuzz` preset: the import parsers, the spelling
# tokenizer and the search language) and runs
# each for a bounded time on a copy of its seed corpus. Usage: tests/fuzz/run.sh [SECONDS]
# (default 60 per target; PRESSDESK_FUZZ_SECONDS works too). Exits non-zero when a target
# finds a crash, leak-free timeout or out-of-memory; the reproducer is kept under
# build/fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-${PRESSDESK_FUZZ_SECONDS:-60}}"
[ -f build/fuzz/CMakeCache.txt ] || cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
artifacts=build/fuzz/artifacts
mkdir -p "$artifacts"
status=0
passed=0
failed=0
for target in releasetext ninjs csv icalendar vcard attribution spelltokenizer searchsyntax; do
    work=$(mktemp -d)
    cp tests/fuzz/corpus/"$target"/* "$work"/
    echo "== fuzz_$target for ${seconds}s"
    if ! ASAN_OPTIONS=detect_leaks=0 build/fuzz/tests/fuzz/fuzz_"$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "$work" 2>&1 \
        | grep -E "^(stat::number_of_executed_units|stat::new_units_added|==[0-9]+==ERROR|SUMMARY|Done)" ; then
        :
    fi
    if ls "$artifacts/$target-"* >/dev/null 2>&1; then
        echo "fuzz_$target found a problem: $(ls "$artifacts/$target-"*)" >&2
        status=1
        failed=$((failed + 1))
    else
        passed=$((passed + 1))
    fi
    rm -rf "$work"
done
echo "fuzz: $passed passed, $failed failed"
exit $status
