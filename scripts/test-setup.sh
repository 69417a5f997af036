#!/usr/bin/env bash
# Installs what the test suite needs beyond the build (as root, only what is missing): the
# real tools that integration tests drive.
#   pre-commit  the hook test installs finlint's hook into a scratch repository
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(pre-commit git diffutils python3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "test-setup: installing ${missing[*]}" >&2
  if [ "$(id -u)" != 0 ]; then
    echo "test-setup: run as root to install packages (or install them yourself): ${missing[*]}" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
