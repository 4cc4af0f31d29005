#!/usr/bin/env bash
# Crible's one set-up script. On a fresh Debian 12 machine it installs the Debian packages
# that are missing, configures and builds, then does what it is asked:
#   ./setup.sh run     open the editor on the reference corpus (the French article)
#   ./setup.sh test    run every test (the test suite, the corpus check, the sanitizer
#                      suite and the fuzzers; set CRIBLE_QUICK=1 for the test suite only)
#   ./setup.sh build   only install and build
set -euo pipefail

cd "$(dirname "$(readlink -f "$0")")"
ROOT=$PWD
BUILD="$ROOT/build/release"

PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config git python3
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev libicu-dev libsqlite3-dev sqlite3
    clang-14 libclang-rt-14-dev llvm-14
    xvfb xauth xdotool imagemagick poppler-utils chromium
    fonts-noto-cjk fonts-noto-core fonts-noto-color-emoji fonts-dejavu-core
)

install_missing_packages() {
    local missing=() p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

build() {
    cmake --preset release >/dev/null
    cmake --build --preset release -j "$(nproc)"
}

has_display() {
    [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] ||
        [ "${QT_QPA_PLATFORM:-}" = offscreen ]
}

cmd=${1:-run}
case "$cmd" in
run)
    install_missing_packages
    build
    if ! has_display; then
        echo "setup: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the editor cannot open a window." >&2
        echo "setup: run it on a virtual display:   xvfb-run -a -s '-screen 0 1400x900x24' ./setup.sh run" >&2
        echo "setup: or use the command-line tool:  $BUILD/src/cli/crible-cli --help" >&2
        exit 1
    fi
    shift || true
    exec "$BUILD/src/app/crible" "$@"
    ;;
test)
    install_missing_packages
    build
    # A failing test runs again (three times in all) so a shared machine's load cannot sink
    # a run on its own; a real failure fails every time, and a retry shows in the log.
    ctest --test-dir "$BUILD" --output-on-failure -j "$(nproc)" --timeout 900 \
        --repeat until-pass:3
    "$BUILD/src/cli/crible-cli" corpus check "$ROOT/corpus"
    if [ "${CRIBLE_QUICK:-0}" != 1 ]; then
        for extra in tests/sanitize.sh tests/fuzz/run-fuzzers.sh; do
            if [ -x "$extra" ]; then "$extra"; fi
        done
    fi
    echo "setup: every test passed"
    ;;
build)
    install_missing_packages
    build
    ;;
*)
    echo "usage: ./setup.sh [run|test|build]" >&2
    exit 2
    ;;
esac
