#!/usr/bin/env bash
# Builds tcplab (Release) and starts the desktop app. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-release --target tcplab tcplab-cli
exec build-release/app/tcplab "$@"
