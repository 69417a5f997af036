#!/usr/bin/env bash
# Installs what the test suite needs beyond the build (as root, only what is missing): the
# real tools that integration tests drive.
#   pre-commit  the hook test installs finlint's hook into a scratch repository
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(pre-commit git diffutils python3)
bash scripts/apt-missing.sh test-setup "${packages[@]}"
