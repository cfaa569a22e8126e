#!/usr/bin/env bash
# Builds tcplab and runs every test with CTest.
#   scripts/test.sh              Debug build in build-test/
#   scripts/test.sh --sanitize   the same with AddressSanitizer + UndefinedBehaviorSanitizer
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test

build_dir=build-test
extra=()
if [[ "${1:-}" == "--sanitize" ]]; then
    build_dir=build-asan
    extra=(-DTCPLAB_SANITIZE=ON)
    export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug "${extra[@]}" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
cd "$build_dir"
ctest --output-on-failure -j"$(nproc)"
