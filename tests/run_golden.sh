#!/usr/bin/env bash
# Golden CLI test: runs a case folder's `cmd` (with $FINLINT set to the binary, in the case
# folder) and compares stdout, stderr and the exit status with `expected.txt`, printing both
# in full on a mismatch. FINLINT_UPDATE_GOLDEN=1 rewrites expected.txt instead.
set -u
finlint=$(readlink -f "$1")
dir=$2
cd "$dir" || exit 2
actual=$(FINLINT="$finlint" NO_COLOR=1 bash ./cmd 2>&1; echo "[exit $?]")
if [ "${FINLINT_UPDATE_GOLDEN:-0}" = 1 ]; then
  printf '%s\n' "$actual" > expected.txt
  echo "updated $dir/expected.txt"
  exit 0
fi
expected=$(cat expected.txt)
if [ "$actual" != "$expected" ]; then
  echo "=== expected ($dir/expected.txt)"
  printf '%s\n' "$expected"
  echo "=== actual"
  printf '%s\n' "$actual"
  echo "=== diff"
  diff <(printf '%s\n' "$expected") <(printf '%s\n' "$actual")
  exit 1
fi
