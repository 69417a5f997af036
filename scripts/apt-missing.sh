#!/usr/bin/env bash
# Installs those of the given Debian packages that are missing (as root); does nothing when
# all are there, so set-up scripts can run it every time.
#   bash scripts/apt-missing.sh LABEL PACKAGE…
set -euo pipefail
label=$1
shift
missing=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "$label: installing ${missing[*]}" >&2
if [ "$(id -u)" != 0 ]; then
  echo "$label: run as root to install packages (or install them yourself): ${missing[*]}" >&2
  exit 2
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
