#!/usr/bin/env bash
# Builds the libFuzzer targets with clang + ASan + UBSan and runs each one.
#   tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET=60] [extra libFuzzer flags...]
# e.g. tests/fuzz/run-fuzzers.sh 0 -runs=10000000   (10 million executions each)
#      FUZZ_MERGE=1 tests/fuzz/run-fuzzers.sh 1800   (then minimize into tests/fuzz/corpus)
# The corpus starts from the committed minimized corpus (tests/fuzz/corpus/<target>), our own
# fixtures (tests/data: import fixtures, golden files, kept regressions) — never from ../shared,
# which is other people's text — and what the fuzzer learns goes to build-fuzz/corpus-<target>.
# With FUZZ_MERGE=1 the committed corpus is replaced by the minimized merge of both
# (-set_cover_merge=1 -use_counters=0: a small set covering the same edges), which
# tst_fuzzreplay_* replays in every normal build. A crash is written to build-fuzz/crash-<target>-*; copy it into
# tests/data/fuzz-regressions/ so tst_fuzzreplay_* and tst_hostileinput replay it forever.
# Exits non-zero if a target found a crash.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_TARGET=${1:-60}
shift || true
BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DHINDSIGHT_FUZZ=ON >/dev/null
cmake --build "$BUILD_DIR" -j2 --target fuzz_importer fuzz_nativeformat

# No leak check (Qt's one-time allocations); no filling of new blocks, a 1 MB quarantine (freed
# blocks come back while still in the cache) and no allocation stacks: more than twice the
# executions per CPU second of the defaults (tests/fuzz/README.md). Replay a crash with plain
# ASAN_OPTIONS=detect_leaks=0 for full stacks.
ASAN_TUNING=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1:max_malloc_fill_size=0:quarantine_size_mb=1:malloc_context_size=0}
# -entropic=0: clang 14's libFuzzer looks up every feature of every execution in its list of
# rare features (fixed upstream in LLVM 18), a third of the CPU time here; pass -entropic=1
# after the seconds to get the entropic schedule back.
# -detect_leaks=0: ASan's leak check is off already, so libFuzzer's re-run of every input
# that ends with more allocations than frees only repeats work (a tenth of the executions).
LIBFUZZER_TUNING=(-entropic=0 -detect_leaks=0)
status=0
for name in importer nativeformat; do
    target=fuzz_$name
    corpus="$BUILD_DIR/corpus-$target"
    committed=tests/fuzz/corpus/$name
    mkdir -p "$corpus" "$committed"
    echo "== $target (${SECONDS_PER_TARGET}s, $*)"
    if ! ASAN_OPTIONS=$ASAN_TUNING \
        "$BUILD_DIR/tests/fuzz/$target" "$corpus" "$committed" tests/data/import tests/data/golden \
        tests/data/fuzz-regressions -max_total_time="$SECONDS_PER_TARGET" \
        -max_len=${FUZZ_MAX_LEN:-4096} -timeout=60 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$BUILD_DIR/crash-$target-" -dict=tests/fuzz/$name.dict \
        "${LIBFUZZER_TUNING[@]}" "$@" 2>&1 |
        tail -n 40; then
        status=1
    fi
    if [[ ${FUZZ_MERGE:-0} == 1 ]]; then
        merged="$BUILD_DIR/merged-$target"
        rm -rf "$merged" && mkdir -p "$merged"
        ASAN_OPTIONS=$ASAN_TUNING "$BUILD_DIR/tests/fuzz/$target" -set_cover_merge=1 -use_counters=0 \
            -max_len=${FUZZ_MAX_LEN:-4096} "$merged" "$committed" "$corpus" tests/data/import \
            tests/data/golden tests/data/fuzz-regressions 2>&1 | tail -n 3
        rm -f "$committed"/* && cp "$merged"/* "$committed"/
        echo "$committed: $(ls "$committed" | wc -l) files, $(du -sh "$committed" | cut -f1)"
    fi
done
exit $status
