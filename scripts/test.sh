#!/usr/bin/env bash
# Sets up and builds (scripts/setup.sh), then runs the whole test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --build --preset default
ctest --preset default
