#!/usr/bin/env bash
# Installs what is missing, builds, and starts the wizard (arguments go to the program).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
scripts/build.sh >/dev/null
exec build/app/ollama-gpu-setup "$@"
