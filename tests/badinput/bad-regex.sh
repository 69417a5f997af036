#!/usr/bin/env bash
# Regexes RE2 rejects — a backreference, lookahead, lookbehind, an atomic group, a possessive
# quantifier — are each an error at the pack's file:line:col (every one reported, not just the
# first), exit 2, and nothing is checked; `finlint test` says the same.
source "$(dirname "$0")/lib.bash"

mkdir rules
cat > rules/bad.yaml <<'END'
rules:
  - id: guaranteed-return/bad-regex
    category: guaranteed-return
    severity: error
    message: 测试
    basis: 测试
    match:
      - regex: '(保本)\1'
      - regex: '保本(?=保息)'
      - regex: '(?<!不)保本'
      - regex: '(?>保本|保)息'
      - regex: '保本++'
END
post post.txt
expected='rules/bad.yaml:8:16: bad regex: invalid escape sequence: \1 (at '"'"'\1'"'"')
rules/bad.yaml:9:16: bad regex: invalid perl operator: (?= (at '"'"'(?='"'"')
rules/bad.yaml:10:16: bad regex: invalid perl operator: (?< (at '"'"'(?<'"'"')
rules/bad.yaml:11:16: bad regex: invalid perl operator: (?> (at '"'"'(?>'"'"')
rules/bad.yaml:12:16: bad regex: bad repetition operator: ++ (at '"'"'++'"'"')
finlint: 5 errors in rule packs; nothing was checked'

run check --no-builtin --rules "$RULES" --rules rules post.txt
expect_status 2
expect_same stdout '' "$out"
expect_same stderr "$expected" "$err"

run test --no-builtin --rules rules
expect_status 2
expect_same stderr "$expected" "$err"

finish
