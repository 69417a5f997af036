#!/usr/bin/env bash
# Patterns that match the empty string would fire at every position (or loop): the loader
# refuses each with its file:line:col, whether it is optional (`(保本)?`), starred (`a*`),
# empty (`(?:)`, an alternative that is), or a bare anchor; terms that fold to nothing
# (a zero-width space) likewise. Exit 2, nothing checked.
source "$(dirname "$0")/lib.bash"

mkdir rules
cat > rules/empty.yaml <<'END'
rules:
  - id: guaranteed-return/empty
    category: guaranteed-return
    severity: error
    message: 测试
    basis: 测试
    match:
      - regex: 'a*'
      - regex: '(保本)?'
      - regex: '(?:)'
      - regex: '保本|'
      - regex: '^'
      - terms: ["\u200b"]
  - id: missing-risk-disclosure/empty
    category: missing-risk-disclosure
    severity: error
    message: 测试
    basis: 测试
    scope: document
    when:
      - regex: '(理财)?'
END
post post.txt

run check --no-builtin --rules rules post.txt
expect_status 2
expect_err <<'END'
rules/empty.yaml:8:16: regex 'a*' matches the empty string: it would fire everywhere
rules/empty.yaml:9:16: regex '(保本)?' matches the empty string: it would fire everywhere
rules/empty.yaml:10:16: regex '(?:)' matches the empty string: it would fire everywhere
rules/empty.yaml:11:16: regex '保本|' matches the empty string: it would fire everywhere
rules/empty.yaml:12:16: regex '^' matches the empty string: it would fire everywhere
rules/empty.yaml:13:16: terms: '​' is empty once folded
rules/empty.yaml:13:16: terms must list at least one phrase
rules/empty.yaml:21:16: regex '(理财)?' matches the empty string: it would fire everywhere
finlint: 8 errors in rule packs; nothing was checked
END

finish
