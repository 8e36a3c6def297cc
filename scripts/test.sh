#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. Prints ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
OGS_WERROR=ON scripts/build.sh
status=0
ctest --test-dir "${OGS_BUILD_DIR:-build}" --output-on-failure -j"$(nproc)" || status=$?
# (ctest also runs the Qt-free Windows layer, cross-built with mingw-w64, under Wine.)
exit $status
