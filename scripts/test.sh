#!/usr/bin/env bash
# Sets up and builds (scripts/setup.sh), installs the tools tests drive
# (scripts/test-setup.sh; scripts/test-tools.sh for the output formats: xmllint,
# python3-jsonschema, the SARIF Multitool; scripts/browser-tools.sh for the browser tests:
# Chromium and playwright-core), then runs the whole test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/test-setup.sh
bash scripts/test-tools.sh build/test-tools
bash scripts/browser-tools.sh build/browser-tools
cmake --build --preset default
ctest --preset default
