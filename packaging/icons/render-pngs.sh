#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from the SVG beside this script. The PNGs are
# committed (a build needs no SVG renderer); run this again after editing the SVG and commit
# the result. Needs rsvg-convert (Debian: librsvg2-bin, installed by install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")"
ICON=io.github.hindsight.Hindsight
for size in 16 32 48 64 128 256; do
    mkdir -p "${size}x${size}"
    rsvg-convert --width "$size" --height "$size" "$ICON.svg" --output "${size}x${size}/$ICON.png"
done
