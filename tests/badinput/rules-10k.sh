#!/usr/bin/env bash
# A rule pack of 10,000 patterns, generated: 1,000 rules of ten entries each, terms and
# regexes with gaps (稳赚01234[^。]{0,8}不赔) alternating. It loads, with the builtin rules
# too, and finds exactly the claims it should in a post and the violating post beside it.
# Seconds and peak memory of loading (`rules list`) and of a check are printed for the log,
# never asserted. A duplicate id among the 1,000 rules is still named with its first place.
source "$(dirname "$0")/lib.bash"

mkdir big
awk 'BEGIN {
  print "rules:"
  for (r = 0; r < 1000; r++) {
    printf "  - id: guaranteed-return/gen-%05d\n    category: guaranteed-return\n", r
    printf "    severity: error\n    message: 生成规则%d\n    basis: 测试\n    match:\n", r
    for (k = 0; k < 10; k++) {
      i = r * 10 + k
      if (k % 2 == 0) printf "      - terms: [保本%05d号]\n", i
      else printf "      - regex: '\''稳赚%05d[^。]{0,8}不赔'\''\n", i
    }
  }
}' > big/pack.yaml
[ "$(grep -c -- '- terms\|- regex' big/pack.yaml)" = 10000 ] || fail "the pack has not 10,000 patterns"
post post.txt
# Rule 4's term 保本00042号, rule 999's regex 稳赚09999…不赔; 保本12345号 is not a term (it
# would be entry 5 of rule 1234, a regex; the one rule of $RULES finds its 保本) and 稳赚00001
# is too far from its 不赔.
printf '标题\n这款：保本00042号，稳赚09999两年不赔。保本12345号没有。\n稳赚00001，这里隔了很多很多字以后才说不赔。\n' > big.txt

run_measured rules list --no-builtin --rules big
expect_status 0
expect_same "rules list, last line" "1000 rules" "$(tail -1 <<<"$out")"

run_measured check --no-builtin --rules "$RULES" --rules big --format jsonl big.txt post.txt
expect_status 1
expect_same findings "big.txt:2:4 guaranteed-return/gen-00004
big.txt:2:13 guaranteed-return/gen-00999
big.txt:2:25 guaranteed-return/principal
post.txt:1:5 guaranteed-return/principal" "$(findings)"

# With the builtin rules as well.
run_measured check --rules big --format jsonl big.txt
expect_status 1
expect_same findings "big.txt:2:4 guaranteed-return/gen-00004
big.txt:2:13 guaranteed-return/gen-00999" "$(findings | grep gen-)"

# One duplicate id, far down the pack: named, with where it was first defined.
sed -i 's/gen-00999$/gen-00007/' big/pack.yaml
run check --no-builtin --rules big big.txt
expect_status 2
expect_err <<'END'
big/pack.yaml:15986:9: duplicate rule id 'guaranteed-return/gen-00007' (first defined in big/pack.yaml:114)
finlint: 1 error in rule packs; nothing was checked
END

finish
