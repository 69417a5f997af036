#!/usr/bin/env bash
# Symbolic links: a folder link that loops (a/loop -> ..) does not trap a walk, which does not
# follow links to folders; a link to a file is read; a link to a missing target, or a link to
# itself, is an error naming it, whether named or met in a walk; named paths through a loop
# resolve. The post beside them is still checked.
source "$(dirname "$0")/lib.bash"

mkdir -p tree/a
post tree/post.txt
ln -s .. tree/a/loop                 # tree/a/loop/a/loop/… for ever
ln -s post.txt tree/link.txt         # a link to a post: read
ln -s missing.md tree/dangling.md    # a link to nothing
ln -s self.txt tree/self.txt         # a link to itself
ln -s ../tree tree/a/up              # another link to a folder: not followed

run check --no-builtin --rules "$RULES" tree
expect_status 2
expect_out <<END
tree/dangling.md: broken symbolic link (its target missing.md does not exist)
tree/link.txt:1:5: error: 不得承诺保本保息 [guaranteed-return/principal]
 1 | 这款理财保本保息，稳赚不赔！
   |         ^^^^^^^^
   = basis: 《中华人民共和国广告法》第二十五条
   = rewrite: 本产品收益浮动

$(finding tree/post.txt)

tree/self.txt: Too many levels of symbolic links
2 problems (2 errors, 0 warnings, 0 info) in 2 of 4 files; 2 could not be checked.
END

run check --no-builtin --rules "$RULES" tree/dangling.md tree/a/loop/a/loop/a/loop/post.txt
expect_status 2
expect_out <<END
tree/dangling.md: broken symbolic link (its target missing.md does not exist)
$(finding tree/a/loop/a/loop/a/loop/post.txt)

1 problem (1 error, 0 warnings, 0 info) in 1 of 2 files; 1 could not be checked.
END

# A loop named as the folder to walk: walked once, its own links not followed.
run check --no-builtin --rules "$RULES" --format jsonl tree/a/loop
expect_status 2
[ "$(grep -c '"rule"' <<<"$out")" = 2 ] || fail "expected 2 findings through tree/a/loop: $out"

finish
