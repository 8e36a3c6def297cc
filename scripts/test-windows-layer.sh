#!/usr/bin/env bash
# Cross-builds the Qt-free Windows layer (core/win) and its test with MinGW-w64, then runs the
# test under Wine in a throw-away prefix. Exits 0 with a clear message only when the tools are
# not installed (Debian: g++-mingw-w64-x86-64-posix wine64); any build or test failure fails.
#
#   scripts/test-windows-layer.sh [build-dir]      (default: build-win)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build-win}"

missing=()
if ! command -v x86_64-w64-mingw32-g++-posix >/dev/null && ! command -v x86_64-w64-mingw32-g++ >/dev/null; then
    missing+=("g++-mingw-w64-x86-64-posix")
fi
wine=""
for candidate in "${WINE:-}" wine64 /usr/lib/wine/wine64 wine; do
    if [[ -n "$candidate" ]] && command -v "$candidate" >/dev/null; then
        wine="$(command -v "$candidate")"
        break
    fi
done
[[ -n "$wine" ]] || missing+=("wine64")
for tool in cmake ninja; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
    echo "test-windows-layer: SKIPPED, not installed: ${missing[*]} (apt-get install ${missing[*]})"
    exit 0
fi

cmake -S "$root/tests/win" -B "$build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$root/cmake/mingw-w64-x86_64.cmake" -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$build"

prefix="$(mktemp -d "${TMPDIR:-/tmp}/ogs-wine.XXXXXX")"
cleanup() {
    # Stop only this prefix's wineserver, then remove the prefix.
    WINEPREFIX="$prefix" "$(dirname "$wine")/wineserver" -k 2>/dev/null || WINEPREFIX="$prefix" wineserver -k 2>/dev/null || true
    rm -rf "$prefix"
}
trap cleanup EXIT

# Wine's DXGI needs an X display (OpenGL through Mesa) to list an adapter; without one,
# CreateDXGIFactory1 fails with DXGI_ERROR_UNSUPPORTED and the test checks that error instead.
display=()
if [[ -z "${DISPLAY:-}" ]] && command -v xvfb-run >/dev/null; then
    display=(xvfb-run -a)
    echo "test-windows-layer: running under Xvfb so Wine's DXGI lists an adapter"
elif [[ -z "${DISPLAY:-}" ]]; then
    echo "test-windows-layer: no X display and no xvfb-run: DXGI enumeration can only be checked for its error"
fi

start=$(date +%s.%N)
status=0
# WINEDLLOVERRIDES keeps Wine from offering to install Mono and Gecko while it creates the prefix.
WINEPREFIX="$prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" \
    "${display[@]}" "$wine" "$build/tst_winlayer.exe" || status=$?
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v rc="$status" \
    'BEGIN { printf "test-windows-layer: wine run took %.1f s (including creating the prefix), exit %d\n", e - s, rc }'
exit "$status"
