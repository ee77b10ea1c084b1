#!/usr/bin/env bash
# Side-by-side comparisons for issue 9's targets, on this machine, under Xvfb:
#   - launch: hindsight vs ghostwriter (a Qt Markdown editor with live preview), each opening a
#     seed; time from exec until its window is mapped (xdotool), and resident memory 2 s later;
#   - PDF: `hindsight convert SEED --to pdf` vs `pandoc SEED --pdf-engine=wkhtmltopdf`, whole
#     process.
#   tests/benchmarks/compare.sh [BUILD_DIR=build] [RUNS=10]
# Installs ghostwriter, pandoc, wkhtmltopdf, xdotool and xvfb when missing (they are only for
# this comparison, not Hindsight's dependencies). Prints one JSON object; times in ms (median
# and p95, nearest rank), memory in MiB (median).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR=${1:-build}
RUNS=${2:-10}
HINDSIGHT=$BUILD_DIR/app/hindsight
SEED=../shared/seeds/000_21a48f8409a941f2.txt

need=()
for tool in ghostwriter pandoc wkhtmltopdf xdotool Xvfb; do
    command -v "$tool" >/dev/null || need+=("$tool")
done
if ((${#need[@]})); then
    SUDO=$([[ $(id -u) -eq 0 ]] || echo sudo)
    $SUDO apt-get update -q
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        ghostwriter pandoc wkhtmltopdf xdotool xvfb
fi

work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
display=:$((4800 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp &
xvfb=$!
sleep 1
export DISPLAY=$display
# ghostwriter's preview is QtWebEngine (Chromium), which refuses to run as root in its sandbox.
[[ $(id -u) -ne 0 ]] || export QTWEBENGINE_DISABLE_SANDBOX=1

stats() { # reads numbers, prints {"median_ms":…, "p95_ms":…, "n":…}
    sort -n | awk '{v[NR]=$1} END {m=v[int((NR+1)/2)]; p=v[int(NR*0.95+0.999)];
        printf "{\"median_ms\": %.1f, \"p95_ms\": %.1f, \"n\": %d}", m, p, NR}'
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Starts "$@" with a fresh HOME, waits until a window of class $class is visible, prints the
# milliseconds that took and the resident KiB two seconds later, then kills it.
launch() {
    local class=$1
    shift
    rm -rf "$work/home"
    mkdir -p "$work/home"
    local t0 t1
    t0=$(now_ms)
    # In a session of its own, so that the kill below also ends its helper processes
    # (ghostwriter's QtWebEngine renderers would otherwise stop the next instance starting).
    HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share \
        setsid "$@" >/dev/null 2>&1 &
    local pid=$!
    # Polled every 5 ms (xdotool's own --sync polls every 500 ms, too coarse to time a launch).
    until xdotool search --onlyvisible --class "$class" >/dev/null 2>&1; do
        if (($(now_ms) - t0 > 60000)); then
            echo "no $class window within 60 s: $*" >&2
            kill -- "-$pid" 2>/dev/null || true
            return 1
        fi
        sleep 0.005
    done
    t1=$(now_ms)
    sleep 2
    local rss
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    sleep 0.5
    echo "$((t1 - t0)) $rss"
}

measure_launch() {
    local class=$1
    shift
    launch "$class" "$@" >/dev/null # warm the disk cache
    : >"$work/t"
    : >"$work/m"
    local failed=0 ms kib
    for _ in $(seq "$RUNS"); do
        ms=
        read -r ms kib < <(launch "$class" "$@") || true
        if [[ -z $ms ]]; then # no window within 60 s: counted, not timed
            failed=$((failed + 1))
            continue
        fi
        echo "$ms" >>"$work/t"
        echo "$kib" >>"$work/m"
    done
    local mem
    mem=$(sort -n "$work/m" | awk '{v[NR]=$1} END {printf "%.1f", v[int((NR+1)/2)]/1024}')
    printf '{"windowShown": %s, "residentMiB_median": %s, "noWindowWithin60s": %d}' \
        "$(stats <"$work/t")" "$mem" "$failed"
}

measure_command() {
    "$@" >/dev/null 2>&1 # warm up
    : >"$work/t"
    for _ in $(seq "$RUNS"); do
        local t0
        t0=$(now_ms)
        "$@" >/dev/null 2>&1
        echo $(($(now_ms) - t0)) >>"$work/t"
    done
    stats <"$work/t"
}

hindsight_launch=$(measure_launch hindsight env QT_QPA_PLATFORM=xcb "$HINDSIGHT" "$SEED")
ghostwriter_launch=$(measure_launch ghostwriter ghostwriter "$SEED")
hindsight_pdf=$(measure_command env QT_QPA_PLATFORM=offscreen "$HINDSIGHT" convert "$SEED" \
    --to pdf -o "$work/h.pdf")
pandoc_pdf=$(measure_command pandoc -f markdown "$SEED" --pdf-engine=wkhtmltopdf -o "$work/p.pdf")

cat <<EOF
{"machine": {"cpuCores": $(nproc), "runs": $RUNS, "seed": "$(basename "$SEED")",
  "ghostwriter": "$(dpkg-query -W -f='${Version}' ghostwriter 2>/dev/null)",
  "pandoc": "$(dpkg-query -W -f='${Version}' pandoc 2>/dev/null)",
  "wkhtmltopdf": "$(dpkg-query -W -f='${Version}' wkhtmltopdf 2>/dev/null)"},
 "launch": {"hindsight": $hindsight_launch, "ghostwriter": $ghostwriter_launch},
 "pdf": {"hindsight convert": $hindsight_pdf, "pandoc + wkhtmltopdf": $pandoc_pdf}}
EOF
