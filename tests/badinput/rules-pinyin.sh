#!/usr/bin/env bash
# 10,000 terms with `pinyin: true`, 16 characters each: their pinyin spellings outgrow the
# memory of one RE2::Set. That must not lose a finding (or abort): the spelling of one term
# in a post (wen赚bu赔保本 for 稳赚不赔保本) is still found, and the post beside it too.
# Seconds and peak memory are printed for the log, not asserted.
source "$(dirname "$0")/lib.bash"

mkdir big
LC_ALL=C awk 'BEGIN {  # bytes: each character below is three
  chars = "保本稳赚不赔收益高利息存款理财基金股票贷款额度审批秒批零门槛无抵押全网最低第一首选国家背书银行官方安全可靠"
  n = length(chars) / 3; seed = 1
  print "rules:"
  for (r = 0; r < 1000; r++) {
    printf "  - id: guaranteed-return/py-%05d\n    category: guaranteed-return\n", r
    printf "    severity: error\n    message: 拼音规则%d\n    basis: 测试\n    match:\n", r
    for (k = 0; k < 10; k++) {
      t = ""
      for (c = 0; c < 16; c++) {
        seed = (seed * 1103515245 + 12345) % 2147483648
        t = t substr(chars, 3 * (int(seed / 65536) % n) + 1, 3)
      }
      if (r == 999 && k == 9) t = "稳赚不赔保本"
      printf "      - terms: [%s]\n        pinyin: true\n", t
    }
  }
}' > big/pack.yaml
[ "$(grep -c 'pinyin: true' big/pack.yaml)" = 10000 ] || fail "the pack has not 10,000 pinyin terms"
post post.txt
printf '这个wen赚bu赔保本的理财\n' > spelled.txt

run_measured check --no-builtin --rules "$RULES" --rules big --format jsonl spelled.txt post.txt
expect_status 1
expect_same findings "spelled.txt:1:3 guaranteed-return/py-00999
post.txt:1:5 guaranteed-return/principal" "$(findings)"

finish
