#!/usr/bin/env bash
# Sets up and builds (scripts/setup.sh), installs the tools tests drive
# (scripts/test-setup.sh), then runs the whole test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/test-setup.sh
cmake --build --preset default
ctest --preset default
