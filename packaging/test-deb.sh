#!/usr/bin/env bash
# Builds the Debian package from an existing build directory (`cpack -G DEB`, no rebuild),
# installs it with apt-get as a user would, runs the installed /usr/bin/hindsight, and removes
# the package again (unless it was installed before this script ran). CI runs it after the
# tests; needs root or sudo, like install-deps.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

rm -f "$BUILD_DIR"/hindsight_*.deb
(cd "$BUILD_DIR" && cpack -G DEB)
debs=("$BUILD_DIR"/hindsight_*.deb)
deb=$(realpath "${debs[0]}")
echo "test-deb: built $deb"
dpkg-deb --field "$deb" Package Version Depends Recommends

was_installed=false
dpkg-query -W -f='${Status}' hindsight 2>/dev/null | grep -q "install ok installed" && was_installed=true
remove() {
    if ! $was_installed; then
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y hindsight >/dev/null
        echo "test-deb: removed hindsight again"
    fi
}
trap remove EXIT
# apt-get (not dpkg -i) so the package's dependencies are fetched: they must be right.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "$deb"

# Everything in place where the desktop looks for it.
for f in /usr/bin/hindsight \
    /usr/share/applications/io.github.hindsight.Hindsight.desktop \
    /usr/share/metainfo/io.github.hindsight.Hindsight.metainfo.xml \
    /usr/share/mime/packages/io.github.hindsight.Hindsight.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.hindsight.Hindsight.svg \
    /usr/share/icons/hicolor/48x48/apps/io.github.hindsight.Hindsight.png \
    /usr/share/hindsight/templates/course.yaml; do
    [[ -f $f ]] || { echo "test-deb: $f is missing from the package" >&2; exit 1; }
done

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD_DIR/CMakeCache.txt")
out=$(/usr/bin/hindsight --version)
echo "test-deb: /usr/bin/hindsight --version: $out"
[[ $out == *"$version"* ]] || { echo "test-deb: expected version $version" >&2; exit 1; }

# A headless export from the installed program (fonts, PDF writer, chart).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; remove' EXIT
/usr/bin/hindsight convert resources/sample-postmortem.md --to pdf -o "$tmp/sample.pdf"
[[ $(head -c 5 "$tmp/sample.pdf") == "%PDF-" ]] || { echo "test-deb: no PDF written" >&2; exit 1; }

# The windowed start loads Qt's xcb platform plugin, which no library links: shlibdeps cannot
# see it, the package depends on it by name.
if command -v xvfb-run >/dev/null; then
    QT_QPA_PLATFORM=xcb xvfb-run -a /usr/bin/hindsight --version >/dev/null
    echo "test-deb: the xcb platform plugin loads"
fi
echo "test-deb: OK"
