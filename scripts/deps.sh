#!/usr/bin/env bash
# Installs the Debian 12 packages this project needs, and only those that are missing.
# Usage: scripts/deps.sh [build|test|all]   (default: build)
set -euo pipefail

build_pkgs=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
    libvulkan-dev libvulkan1
)
# Tests enumerate the real Vulkan loader with Mesa's software device (lavapipe), run the
# GUI offscreen/under Xvfb, and cross-build the Windows layer to run it under Wine.
test_pkgs=(
    mesa-vulkan-drivers vulkan-tools xvfb xauth
    g++-mingw-w64-x86-64-posix wine64 nsis
    desktop-file-utils appstream dpkg-dev pkexec
    zsh fish systemd unzip
    file bash coreutils zip # CPack's DEB generator runs `file`; bash for the scripts
    clang libclang-rt-14-dev
)

want=("${build_pkgs[@]}")
case "${1:-build}" in
    build) ;;
    test|all) want+=("${test_pkgs[@]}") ;;
    *) echo "usage: $0 [build|test|all]" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if ! command -v apt-get >/dev/null; then
    echo "deps: missing packages (${missing[*]}) and no apt-get: install them by hand" >&2
    exit 1
fi
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
echo "deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
