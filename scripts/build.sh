#!/usr/bin/env bash
# Configures (once) and builds into build/. Extra arguments go to CMake's configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${OGS_BUILD_DIR:-build}
werror=OFF
[[ "${CI:-}" == "true" || "${OGS_WERROR:-}" == "ON" ]] && werror=ON
if [[ ! -f "$build_dir/build.ninja" ]]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${OGS_BUILD_TYPE:-RelWithDebInfo}" -DOGS_WERROR=$werror "$@" >/dev/null
fi
cmake --build "$build_dir" -- -j"$(nproc)"
