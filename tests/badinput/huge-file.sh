#!/usr/bin/env bash
# A 200 MB post, made here and deleted after: realistic Chinese lines (a risk warning among
# them, so only the claims themselves are findings) with the violating post at three known
# lines, one of them the last, without a final line break. Every finding is reported at its
# line and column, none elsewhere, and the post beside it is checked too. Builtin rules.
# Seconds and peak memory are printed for the log, not asserted.
source "$(dirname "$0")/lib.bash"

lines=(
  '本行推出的稳健型理财产品，投资期限灵活，欢迎咨询网点客户经理了解详情。'
  '理财非存款、产品有风险、投资须谨慎。过往业绩不代表未来表现。'
  '周末带孩子去公园散步，天气很好，心情也不错。'
  '信用卡账单可在手机银行查询，还款日前请留意余额。'
)
for _ in $(seq 2500); do printf '%s\n' "${lines[@]}"; done > block.txt  # 10,000 lines, 842,500 bytes
block_lines=10000
{
  for _ in $(seq 80); do cat block.txt; done
  printf '%s\n' "$POST"
  for _ in $(seq 100); do cat block.txt; done
  printf '%s\n' "$POST"
  for _ in $(seq 60); do cat block.txt; done
  printf '%s' "$POST"
} > huge.txt
rm block.txt
size=$(stat -c %s huge.txt)
[ "$size" -ge 200000000 ] || fail "huge.txt has only $size bytes"
post post.txt

run_measured check --format jsonl huge.txt post.txt
expect_status 1
first=$((80 * block_lines + 1)) second=$((180 * block_lines + 2)) last=$((240 * block_lines + 3))
expect_same findings "huge.txt:$first:5 guaranteed-return/principal
huge.txt:$first:10 guaranteed-return/no-loss
huge.txt:$second:5 guaranteed-return/principal
huge.txt:$second:10 guaranteed-return/no-loss
huge.txt:$last:5 guaranteed-return/principal
huge.txt:$last:10 guaranteed-return/no-loss
post.txt:1:3 missing-risk-disclosure/wealth
post.txt:1:5 guaranteed-return/principal
post.txt:1:10 guaranteed-return/no-loss" "$(findings)"
rm huge.txt

finish
