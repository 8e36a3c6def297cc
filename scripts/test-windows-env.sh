#!/usr/bin/env bash
# Cross-builds the environment part of the Qt-free Windows layer (core/win/registry*,
# broadcast*, process*) and its test with MinGW-w64, then runs it under Wine in a throw-away
# prefix. Exits 0 with "SKIPPED, not installed" only when the tools are missing (Debian:
# g++-mingw-w64-x86-64-posix wine64); any build or test failure fails.
#
#   scripts/test-windows-env.sh [build-dir]      (default: build-win-env)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build-win-env}"

cxx=""
for candidate in "${CXX_MINGW:-}" x86_64-w64-mingw32-g++-posix x86_64-w64-mingw32-g++; do
    if [[ -n "$candidate" ]] && command -v "$candidate" >/dev/null; then
        cxx="$(command -v "$candidate")"
        break
    fi
done
wine=""
for candidate in "${WINE:-}" wine64 /usr/lib/wine/wine64 wine; do
    if [[ -n "$candidate" ]] && command -v "$candidate" >/dev/null; then
        wine="$(command -v "$candidate")"
        break
    fi
done
missing=()
[[ -n "$cxx" ]] || missing+=("g++-mingw-w64-x86-64-posix")
[[ -n "$wine" ]] || missing+=("wine64")
if ((${#missing[@]})); then
    echo "test-windows-env: SKIPPED, not installed: ${missing[*]} (apt-get install ${missing[*]})"
    exit 0
fi

mkdir -p "$build"
# The project's warning set (cmake/ProjectConfig.cmake), so the same files build in ogs_core.
"$cxx" -std=c++17 -O1 -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align \
    -Woverloaded-virtual -Werror -I"$root/core" \
    "$root/tests/win/test_registry.cpp" \
    "$root/core/win/registryenv.cpp" "$root/core/win/registrytext.cpp" \
    "$root/core/win/broadcastenv.cpp" "$root/core/win/processcontrol.cpp" \
    -o "$build/test_registry.exe" -static -static-libgcc -static-libstdc++ -ladvapi32 -luser32 -luserenv

prefix="$(mktemp -d "${TMPDIR:-/tmp}/ogs-wine-env.XXXXXX")"
cleanup() {
    # Stop only this prefix's wineserver, then remove the prefix.
    WINEPREFIX="$prefix" "$(dirname "$wine")/wineserver" -k 2>/dev/null || WINEPREFIX="$prefix" wineserver -k 2>/dev/null || true
    rm -rf "$prefix"
}
trap cleanup EXIT

status=0
# WINEDLLOVERRIDES keeps Wine from offering to install Mono and Gecko while it creates the prefix.
WINEPREFIX="$prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" "$wine" "$build/test_registry.exe" || status=$?
echo "test-windows-env: exit $status"
exit "$status"
