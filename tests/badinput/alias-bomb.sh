#!/usr/bin/env bash
# YAML alias bombs ("billion laughs"). yaml-cpp parses them in no time, since an alias shares
# its node, but reading rules visits a node once per alias. A rule pack of nested aliases —
# 1,000 rules of 1,000 patterns of 1,000 terms in 13 KB — and the classic nine levels of
# nine, as a pack and as .finlint.yaml, are each refused at once with a clear error (exit 2).
# Packs with ordinary aliases (the builtin ones share `also` and `require` lists) still load.
source "$(dirname "$0")/lib.bash"

list() {  # list ITEM N: [ITEM,ITEM,…] N times
  local s
  s=$(printf "$1,%.0s" $(seq "$2"))
  printf '[%s]' "${s%,}"
}
mkdir -p cube laughs config
{
  echo "shared:"
  echo "  term: &t 保本"
  echo "  pattern: &p {terms: $(list '*t' 1000)}"
  echo "  rule: &r {id: guaranteed-return/bomb, category: guaranteed-return, severity: error,"
  echo "            message: m, basis: b, match: $(list '*p' 1000)}"
  echo "rules: $(list '*r' 1000)"
} > cube/pack.yaml
{
  echo "a: &a $(list '"保本"' 9)"
  for level in b c d e f g h i; do
    prev=$(printf '%s' "abcdefghi" | sed "s/$level.*//" | tail -c 1)
    echo "$level: &$level $(list "*$prev" 9)"
  done
} > laughs.yaml
{ cat laughs.yaml; echo "rules: *i"; } > laughs/pack.yaml
{ cat laughs.yaml; echo "disable: *i"; } > config/.finlint.yaml
post config/post.txt

for pack in cube laughs; do
  run check --no-builtin --rules $pack post.txt
  expect_status 2 "--rules $pack"
  expect_err <<END
$pack/pack.yaml:1:1: its aliases expand it to more than 1000000 YAML nodes (an alias bomb?); write the shared parts out
finlint: 1 error in rule packs; nothing was checked
END
done

run check --no-builtin --rules "$RULES" config
expect_status 2
expect_err <<'END'
config/.finlint.yaml:1:1: its aliases expand it to more than 1000000 YAML nodes (an alias bomb?); write the shared parts out
finlint: errors in config/.finlint.yaml; nothing was checked
END

# Aliases as packs use them: the builtin packs load and check the post.
run check --format jsonl config/post.txt --no-config
expect_status 1
expect_same findings "config/post.txt:1:3 missing-risk-disclosure/wealth
config/post.txt:1:5 guaranteed-return/principal
config/post.txt:1:10 guaranteed-return/no-loss" "$(findings)"

finish
