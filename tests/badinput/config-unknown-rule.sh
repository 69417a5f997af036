#!/usr/bin/env bash
# A .finlint.yaml that names rules that do not exist — in `disable` and in `severity`, a typo
# and a name nothing is close to — is an error at each name's file:line:col, in the order of
# the file, with "did you mean" where a rule is close. Exit 2, nothing checked: a gate must
# not pass on a configuration it misread. The same folder checks once the names are fixed.
source "$(dirname "$0")/lib.bash"

mkdir posts
post posts/post.txt
cat > posts/.finlint.yaml <<'END'
disable:
  - guaranteed-return/princpal
severity:
  guaranteed-return/principle: warning
  no-such-thing-at-all: info
  guaranteed-retrun: info
END

run check --no-builtin --rules "$RULES" posts
expect_status 2
expect_out <<'END'
END
expect_err <<'END'
posts/.finlint.yaml:2:5: disable: no rule or category 'guaranteed-return/princpal' (did you mean 'guaranteed-return/principal'?)
posts/.finlint.yaml:4:3: severity: no rule or category 'guaranteed-return/principle' (did you mean 'guaranteed-return/principal'?)
posts/.finlint.yaml:5:3: severity: no rule or category 'no-such-thing-at-all' (see 'finlint rules list')
posts/.finlint.yaml:6:3: severity: no rule or category 'guaranteed-retrun' (did you mean 'guaranteed-return'?)
finlint: errors in posts/.finlint.yaml; nothing was checked
END

# --disable on the command line: the same check.
run check --no-builtin --rules "$RULES" --no-config --disable guaranteed-return/princpal posts
expect_status 2
expect_err <<'END'
finlint: --disable guaranteed-return/princpal: no rule or category with this id (see 'finlint rules list')
END

printf 'severity:\n  guaranteed-return/principal: warning\n' > posts/.finlint.yaml
run check --no-builtin --rules "$RULES" posts
expect_status 0
expect_out <<'END'
posts/post.txt:1:5: warning: 不得承诺保本保息 [guaranteed-return/principal]
 1 | 这款理财保本保息，稳赚不赔！
   |         ^^^^^^^^
   = basis: 《中华人民共和国广告法》第二十五条
   = rewrite: 本产品收益浮动

1 problem (0 errors, 1 warning, 0 info) in 1 of 1 file.
END

finish
