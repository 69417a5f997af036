#!/usr/bin/env bash
# A very deep folder tree. 300 levels (paths of 1,500 bytes) are walked and checked; past
# the system's path limit (4,096 bytes) the first folder that cannot be opened is reported
# with its path ("File name too long"), and the posts elsewhere are still checked. The walk
# keeps its own stack, so depth costs no recursion.
source "$(dirname "$0")/lib.bash"

post top.txt
nest() {  # nest DIR HUNDREDS: DIR/dddd/dddd/… 100 × HUNDREDS deep, with a post at the bottom
  # A hundred levels a step: cd one level at a time costs bash a stat per level of $PWD.
  local step
  step=$(printf 'dddd/%.0s' $(seq 100))
  (cd "$1" && for _ in $(seq "$2"); do mkdir -p "$step" && cd "$step" || exit 1; done &&
    post deep.txt)
}
mkdir shallow deep
nest shallow 3
nest deep 15
shallow_post="shallow$(printf '/dddd%.0s' $(seq 300))/deep.txt"
# ./deep/dddd/…: the first folder whose path is 4,096 bytes or more cannot be opened.
too_long=./deep
while [ ${#too_long} -lt 4096 ]; do too_long="$too_long/dddd"; done

run check --no-builtin --rules "$RULES" .
expect_status 2
expect_out <<END
$too_long: cannot read folder: File name too long
$(finding "./$shallow_post")

$(finding ./top.txt)

2 problems (2 errors, 0 warnings, 0 info) in 2 of 3 files; 1 could not be checked.
END

finish
