#!/usr/bin/env bash
# First run on a fresh Debian 12 machine: install what is missing, build, open the sample.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    echo "bootstrap: no display; starting Hindsight under xvfb-run (close it with Ctrl+C)"
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/hindsight
fi
exec build/app/hindsight
