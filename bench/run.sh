#!/usr/bin/env bash
# The benchmark: installs ripgrep, manpages-zh and python3, builds finlint (scripts/setup.sh),
# generates the seeded corpus once into build/bench (bench/gen.py), then times finlint and
# ripgrep on it in one run and prints the table (bench/run.py). See bench/README.md.
#   bash bench/run.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/apt-missing.sh bench ripgrep manpages-zh python3
bash scripts/setup.sh
out=build/bench
seed=20251111
if [ "$(cat "$out/seed" 2>/dev/null)" != "$seed" ]; then
  rm -rf "$out"
  python3 bench/gen.py "$out" --seed "$seed" --big-mb 100 --posts 40000
  echo "$seed" > "$out/seed"
fi
python3 bench/run.py build/finlint "$out" "$@"
