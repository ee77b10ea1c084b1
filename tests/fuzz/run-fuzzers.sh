#!/usr/bin/env bash
# Builds the libFuzzer targets with clang + ASan + UBSan and runs each one.
#   tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET=60] [extra libFuzzer flags...]
# e.g. tests/fuzz/run-fuzzers.sh 0 -runs=10000000   (10 million executions each)
# The corpus starts from ../shared/seeds and ../shared/corpus plus the kept regressions
# (tests/data/fuzz-regressions); what the fuzzer learns goes to build-fuzz/corpus-<target>.
# A crash is written to build-fuzz/crash-<target>-*; copy it into tests/data/fuzz-regressions/
# so tst_hostileinput replays it forever. Exits non-zero if a target found a crash.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_TARGET=${1:-60}
shift || true
BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DHINDSIGHT_FUZZ=ON >/dev/null
cmake --build "$BUILD_DIR" -j2 --target fuzz_importer fuzz_nativeformat

status=0
for target in fuzz_importer fuzz_nativeformat; do
    corpus="$BUILD_DIR/corpus-$target"
    mkdir -p "$corpus"
    seeds=()
    for d in ../shared/seeds ../shared/corpus tests/data/fuzz-regressions; do
        [[ -d $d ]] && seeds+=("$d")
    done
    echo "== $target (${SECONDS_PER_TARGET}s, $*)"
    if ! ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
        "$BUILD_DIR/tests/fuzz/$target" "$corpus" "${seeds[@]}" -max_total_time="$SECONDS_PER_TARGET" \
        -max_len=${FUZZ_MAX_LEN:-4096} -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$BUILD_DIR/crash-$target-" "$@" 2>&1 | tail -n 40; then
        status=1
    fi
done
exit $status
