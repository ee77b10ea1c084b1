#!/usr/bin/env bash
# Builds Hindsight and runs every test headless through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
# Extra CMake options, e.g. HINDSIGHT_CMAKE_ARGS=-DHINDSIGHT_SANITIZE=ON (see .ci/run).
# shellcheck disable=SC2086
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${HINDSIGHT_CMAKE_ARGS:-}
cmake --build "$BUILD_DIR" -j2
QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure -j2
