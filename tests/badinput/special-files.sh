#!/usr/bin/env bash
# Pipes and devices. Folder walks skip them (a pipe could block the walk for ever). Named on
# the command line they are read like standard input: /dev/null is an empty post, /dev/zero
# is binary at its first byte (reading stops at the first NUL, so it ends), a named pipe is
# read until its writer closes it, and more than 1 GiB from a pipe or device (standard input
# included) is an error instead of filling memory. `fix` refuses them without reading them,
# so a pipe stays a pipe. The post beside them is still checked.
source "$(dirname "$0")/lib.bash"

mkdir posts
post posts/post.txt
mkfifo posts/pipe.txt  # nobody writes it: a walk that opened it would hang

run check --no-builtin --rules "$RULES" posts /dev/null /dev/zero
expect_status 2
expect_out <<END
$(finding posts/post.txt)

/dev/zero:1:1: binary file (NUL byte at offset 0); finlint reads UTF-8 or GB18030 text
1 problem (1 error, 0 warnings, 0 info) in 1 of 3 files; 1 could not be checked.
END

# A named pipe with a writer: read to its end, like standard input.
mkfifo fed.md
printf '# 标题\n\n保本理财\n' > fed.md &
run check --no-builtin --rules "$RULES" fed.md posts/post.txt
wait
expect_status 1
expect_out <<END
fed.md:3:1: error: 不得承诺保本保息 [guaranteed-return/principal]
 3 | 保本理财
   | ^^^^
   = basis: 《中华人民共和国广告法》第二十五条
   = rewrite: 本产品收益浮动

$(finding posts/post.txt)

2 problems (2 errors, 0 warnings, 0 info) in 2 of 2 files.
END

# Endless text on standard input: refused past 1 GiB, with the other inputs still checked.
head -c $((1024 * 1024 * 1024 + 1)) /dev/zero | tr '\0' 'a' |
  "$FINLINT" check --no-builtin --rules "$RULES" - posts/post.txt >out.txt 2>&1
status=$? out=$(cat out.txt) err=
expect_status 2
expect_out <<END
<stdin>: cannot read standard input: more than 1024 MiB from a pipe or device; finlint reads at most that much of one
$(finding posts/post.txt)

1 problem (1 error, 0 warnings, 0 info) in 1 of 2 files; 1 could not be checked.
END
rm -f out.txt

# fix does not open pipes or devices (the pipe has no writer: opening it would hang).
run fix --no-builtin --rules "$RULES" posts/pipe.txt /dev/null posts
expect_status 2
expect_out <<'END'
posts/post.txt: applied 1 fix
END
expect_err <<'END'
posts/pipe.txt: not a regular file (a pipe or device); fix rewrites files in place (left as it was)
/dev/null: not a regular file (a pipe or device); fix rewrites files in place (left as it was)
fixed 1 file (1 fix); 0 findings left for review
END
[ -p posts/pipe.txt ] || fail "posts/pipe.txt is no longer a pipe"
[ -c /dev/null ] || fail "/dev/null is no longer a device"

finish
