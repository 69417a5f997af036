#!/usr/bin/env bash
# docs/rules.md is generated from the builtin packs; fails when it is stale.
# To regenerate: build/finlint rules list --format markdown > docs/rules.md
set -u
finlint=$1
doc=$2
if ! diff -u "$doc" <("$finlint" rules list --format markdown); then
  echo "docs/rules.md is stale: run '$finlint rules list --format markdown > docs/rules.md'"
  exit 1
fi
