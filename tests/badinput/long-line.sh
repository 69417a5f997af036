#!/usr/bin/env bash
# A 5 MB post on a single line: findings at the right columns (code points) in the middle and
# at the very end, the text report's excerpt cut to a screen's width, and the post beside it
# checked. Builtin rules. Seconds and peak memory are printed for the log, not asserted.
source "$(dirname "$0")/lib.bash"

sentence='本行推出的稳健型理财产品，投资期限灵活，欢迎咨询网点客户经理了解详情。'  # 35 characters
warning='理财非存款、产品有风险、投资须谨慎。'                                       # 18 characters
half() { for _ in $(seq 25000); do printf '%s' "$sentence"; done; }                # 875,000 characters
{ printf '%s' "$warning"; half; printf '%s' "$POST"; half; printf '%s\n' "$POST"; } > line.txt
size=$(stat -c %s line.txt)
[ "$size" -ge 5000000 ] || fail "line.txt has only $size bytes"
[ "$(wc -l < line.txt)" = 1 ] || fail "line.txt is not one line"
post post.txt
# Columns: the claim 保本保息 is the 5th character of the post, 稳赚不赔 the 10th.
mid=$((18 + 875000)) end=$((18 + 875000 + 14 + 875000))

run_measured check --format jsonl line.txt post.txt
expect_status 1
expect_same findings "line.txt:1:$((mid + 5)) guaranteed-return/principal
line.txt:1:$((mid + 10)) guaranteed-return/no-loss
line.txt:1:$((end + 5)) guaranteed-return/principal
line.txt:1:$((end + 10)) guaranteed-return/no-loss
post.txt:1:3 missing-risk-disclosure/wealth
post.txt:1:5 guaranteed-return/principal
post.txt:1:10 guaranteed-return/no-loss" "$(findings)"

# The text report shows a window of the line, not 5 MB of it.
run check line.txt
expect_status 1
[ "${#out}" -lt 20000 ] || fail "the text report is ${#out} bytes long"

finish
