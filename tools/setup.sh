#!/usr/bin/env bash
# Sets up a Debian 12 machine for Meshdesk and builds it. Idempotent: packages already present
# are not installed again, and the build is incremental (ccache keeps compiled objects across
# clean clones). Called by tools/run-lab.sh and tools/run-tests.sh.
#
# usage: tools/setup.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git openssl ca-certificates
  # libraries
  libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler libyaml-cpp-dev
  libgit2-dev libre2-dev libxxhash-dev nlohmann-json3-dev libcpp-httplib-dev libcli11-dev
  libssl-dev
  # Qt 6 (console)
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  libgl-dev fonts-dejavu-core
  # tests, packaging, screenshots
  googletest libgtest-dev libgmock-dev dpkg-dev file xvfb xauth
)

# npm fetches the Envoy API package. A machine may have Node.js from elsewhere (NodeSource's
# nodejs conflicts with Debian's npm): only install Debian's when there is no npm at all.
command -v npm >/dev/null 2>&1 || PACKAGES+=(nodejs npm)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

[ "${1:-}" = "--no-build" ] && exit 0

# The Envoy API protos are fetched by CMake at configure time (tools/fetch-envoy-api.sh).
preset=default
[ -f build/CMakeCache.txt ] || cmake --preset "$preset"
cmake --build --preset "$preset"
