#!/usr/bin/env bash
# Builds a Release tree (build-release/, or $OGS_BENCH_BUILD_DIR) and runs every benchmark,
# writing the measured numbers into docs/BENCHMARKS.md. Extra arguments go to each benchmark
# (e.g. --pairs 10 for a quick run).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${OGS_BENCH_BUILD_DIR:-build-release}
if [[ ! -f "$build_dir/build.ninja" ]]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOGS_BUILD_TESTS=OFF -DOGS_BUILD_BENCHMARKS=ON >/dev/null
fi
cmake --build "$build_dir" -- -j"$(nproc)"
mkdir -p docs
report=docs/BENCHMARKS.md
status=0
# detect vs vulkaninfo --summary
"$build_dir/benchmarks/ogs-bench-detect" --write "$report" "$@" "$build_dir/app/ollama-gpu-setup" || status=$?
exit $status
