#!/usr/bin/env bash
# The whole test suite under AddressSanitizer, LeakSanitizer and UBSan: the "asan" presets
# (a -O1 debug build in build-asan/, ASAN_OPTIONS and UBSAN_OPTIONS in the test preset), so
# the golden and integration tests run the instrumented finlint too. See docs/testing.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --deps-only
bash scripts/test-setup.sh
bash scripts/apt-missing.sh test-asan libasan8 libubsan1
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan
