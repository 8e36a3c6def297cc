#!/usr/bin/env bash
# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer (OGS_SANITIZE), in build-asan/.
# Usage: scripts/test-sanitize.sh [extra ctest args...]
# The installer and Wine tests are excluded: they run foreign binaries (dpkg, makensis, wine) that
# are not instrumented. Any ASan/UBSan/LSan report fails the test that produced it.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${OGS_ASAN_BUILD_DIR:-build-asan}
jobs=${OGS_JOBS:-$(nproc)}

cmake -S . -B "$build" -G Ninja -DOGS_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DOGS_WERROR=ON \
      -DOGS_BUILD_BENCHMARKS=OFF >/dev/null
ninja -C "$build" -j"$jobs"

# halt/abort on the first error so the test fails (UBSan only prints by default); leak detection
# stays on (the Vulkan tests turn it off for themselves in tests/detect/tests.cmake: lavapipe leaks).
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:halt_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$build" --output-on-failure -j"$jobs" -E '^(installer_|tst_winlayer_wine)' "$@"
