#!/usr/bin/env bash
# Installs the Debian 12 packages Hindsight needs to build, test and run.
# Idempotent: asks apt only when something is missing. Needs root (uses sudo when not root).
set -euo pipefail

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config git
    # Qt 6.4 (Widgets, Charts, Svg, PrintSupport, Test, Linguist)
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libxkbcommon-dev libgl-dev
    # Qt's own translations (qtbase_de.qm …), loaded beside Hindsight's
    qt6-translations-l10n
    # the postmortem library index (QSQLITE with FTS5) and its git metadata
    libqt6sql6-sqlite libgit2-dev
    # Markdown structure and YAML front matter
    libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev
    # regular expressions matched without allocating (core/fastregex.h): the PCRE2 Qt uses
    libpcre2-dev
    # spelling hints in the review checks
    libhunspell-dev hunspell-en-us hunspell-en-gb
    # encoding detection for text files that are not UTF-8
    libuchardet-dev
    # fonts for the preview and PDF
    fonts-dejavu-core
    # libFuzzer targets (tests/fuzz/run-fuzzers.sh): clang with its sanitizer runtimes
    clang libclang-rt-14-dev
    # headless runs, screenshots and PDF checks in tests
    xvfb xauth poppler-utils imagemagick unzip
    # the Debian package (cpack, dpkg-shlibdeps) and the desktop files' validators (tst_packaging);
    # rsvg-convert renders the icon's PNG sizes (packaging/icons/render-pngs.sh)
    dpkg-dev desktop-file-utils appstream libxml2-utils librsvg2-bin
)

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#PACKAGES[@]} packages present"
    exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
