#!/usr/bin/env bash
# Installs what finlint needs from Debian's packages (as root, only what is missing) and
# builds the finlint binary into build/. Safe to run again: it only does what is left to do.
# --deps-only installs the packages and stops (the sanitizer and fuzz builds use their own
# build folders).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake ninja-build pkg-config git
          libre2-dev libicu-dev libyaml-cpp-dev libcli11-dev catch2 nlohmann-json3-dev libmd4c-dev
          libgumbo-dev libopencc-dev libcpp-httplib-dev)
bash scripts/apt-missing.sh setup "${packages[@]}"
[ "${1:-}" = --deps-only ] && exit 0

cmake --preset default >/dev/null
cmake --build --preset default --target finlint
