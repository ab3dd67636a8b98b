#!/usr/bin/env bash
# Sets up, builds and runs every test (core, xDS protocol, gRPC xDS client integration,
# console widgets offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
tools/setup.sh
built=$(date +%s)
export QT_QPA_PLATFORM=offscreen
ctest --preset default "$@"
echo "run-tests: setup and build $((built - start)) s, tests $(( $(date +%s) - built )) s"
