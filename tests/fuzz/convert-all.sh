#!/usr/bin/env bash
# Converts every input the importer's speed work must leave unchanged to JSON, one file per
# input, so two builds can be compared byte for byte (diff -r):
#   tests/fuzz/convert-all.sh HINDSIGHT_BINARY OUT_DIR
# Inputs: every .md under tests/data, every file of tests/fuzz/corpus (no extension), and, when
# present, every .md under ../shared/{corpus,review-set,seeds} and ../heldout*/corpus. A failed
# conversion writes its exit status and standard error instead, which is compared the same way.
# INPUTS=FILE converts the inputs listed in FILE instead (OUT_DIR/inputs.txt of an earlier run:
# the same list for both builds).
set -uo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "$1")
OUT=$2
mkdir -p "$OUT"
if [[ -n ${INPUTS:-} ]]; then
    cp "$INPUTS" "$OUT/inputs.txt.new" && mv "$OUT/inputs.txt.new" "$OUT/inputs.txt"
else {
    find tests/data -type f -name '*.md'
    find tests/fuzz/corpus -type f
    for d in ../shared/corpus ../shared/review-set ../shared/seeds ../heldout*/corpus; do
        [[ -d $d ]] && find "$d" -type f -name '*.md'
    done
} | sort >"$OUT/inputs.txt"
fi
n=0
while IFS= read -r f; do
    name=$(printf '%s' "$f" | sed 's|^\.\./||; s|/|__|g')
    if ! QT_QPA_PLATFORM=offscreen "$BIN" convert "$f" --to json -o "$OUT/$name.json" \
        2>"$OUT/$name.err"; then
        echo "exit $?" >>"$OUT/$name.err"
    fi
    n=$((n + 1))
done <"$OUT/inputs.txt"
echo "$n inputs converted into $OUT"
