#!/usr/bin/env bash
# Runs every libFuzzer target for a bounded time over its seed corpus and fails on a crash.
# usage: run-fuzzers.sh BIN_DIR CORPUS_DIR TARGET… ; ONAIR_FUZZ_SECONDS per target (default 10).
# New inputs go to a scratch corpus (the seed corpus in the tree is read-only here); a crash
# leaves its input in BIN_DIR/crashes/<target>/ — keep it in corpus/<target>/ once fixed.
set -uo pipefail
bin=$1 corpus=$2
shift 2
seconds=${ONAIR_FUZZ_SECONDS:-10}
status=0
for target in "$@"; do
    scratch=$(mktemp -d)
    crashes="$bin/crashes/$target"
    mkdir -p "$crashes"
    # First every seed once (regressions), then a bounded run that grows the scratch corpus.
    if ! "$bin/$target" -runs=0 "$corpus/$target" >"$bin/$target.seeds.log" 2>&1; then
        echo "fuzz: $target crashed on its seed corpus (see $bin/$target.seeds.log)"
        tail -n 30 "$bin/$target.seeds.log"
        status=1
    fi
    if "$bin/$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
        -timeout=10 -artifact_prefix="$crashes/" "$scratch" "$corpus/$target" \
        >"$bin/$target.log" 2>&1; then
        echo "fuzz: $target: $(grep -Eo 'DONE .*' "$bin/$target.log" | tail -n 1)"
    else
        echo "fuzz: $target FAILED (input kept in $crashes/; log $bin/$target.log)"
        tail -n 40 "$bin/$target.log"
        status=1
    fi
    rm -rf "$scratch"
done
exit $status
