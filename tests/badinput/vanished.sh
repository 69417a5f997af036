#!/usr/bin/env bash
# A file deleted while finlint runs: check lists its inputs, then reads each in turn; with
# one thread (--jobs 1) it is held on a named pipe it reads between two posts (a pipe is read
# as standard input would be, so opening it waits for a writer), the second post is deleted
# while it waits, then the pipe is written and closed. The deleted post is an error naming
# it, the others are checked. No sleeps: opening the pipe's write end returns only once
# finlint has opened it for reading, after the first post was read.
# (A file deleted between a folder walk's listing and its reading: vanished_test.cpp.)
source "$(dirname "$0")/lib.bash"

post first.txt
post later.txt
mkfifo gate.txt
"$FINLINT" check --jobs 1 --no-builtin --rules "$RULES" first.txt gate.txt later.txt >out.txt 2>&1 &
pid=$!
exec 3>gate.txt  # blocks until finlint opens gate.txt: first.txt is read, later.txt not yet
rm later.txt
printf '保本理财\n' >&3
exec 3>&-  # end of gate.txt
wait "$pid"
status=$? out=$(cat out.txt) err=
expect_status 2
expect_out <<END
$(finding first.txt)

gate.txt:1:1: error: 不得承诺保本保息 [guaranteed-return/principal]
 1 | 保本理财
   | ^^^^
   = basis: 《中华人民共和国广告法》第二十五条
   = rewrite: 本产品收益浮动

later.txt: cannot read: No such file or directory
2 problems (2 errors, 0 warnings, 0 info) in 2 of 3 files; 1 could not be checked.
END

finish
