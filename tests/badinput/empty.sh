#!/usr/bin/env bash
# Files with nothing to read — empty, blanks only, a UTF-8 byte order mark only, a BOM and
# blank lines, CR LF only, a JSONL file of blank lines — and empty standard input are clean,
# not errors; `fix` leaves them byte for byte. An empty .json file is not JSON: an error at
# 1:1, left as it was by fix. The post beside them is still checked.
source "$(dirname "$0")/lib.bash"

post post.txt
: > empty.txt
printf ' \n\t\n   \n' > blanks.md
printf '\xef\xbb\xbf' > bom.txt
printf '\xef\xbb\xbf \r\n\r\n' > bom-blanks.txt
printf '\r\n\r\n' > crlf.txt
: > empty.json
printf '\n\n' > blank.jsonl
printf '[]' > none.json
mkdir orig && cp ./*.txt ./*.md ./*.json ./*.jsonl orig/
files=(blank.jsonl blanks.md bom-blanks.txt bom.txt crlf.txt empty.txt none.json)

run check --no-builtin --rules "$RULES" "${files[@]}" post.txt
expect_status 1
expect_out <<END
$(finding post.txt)

1 problem (1 error, 0 warnings, 0 info) in 1 of 8 files.
END

run check --no-builtin --rules "$RULES" empty.json post.txt
expect_status 2
expect_out <<END
empty.json:1:1: invalid JSON: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal
$(finding post.txt)

1 problem (1 error, 0 warnings, 0 info) in 1 of 2 files; 1 could not be checked.
END

run check --no-builtin --rules "$RULES" - < /dev/null
expect_status 0
expect_out <<'END'
No problems found in 1 file.
END

run fix --no-builtin --rules "$RULES" "${files[@]}" empty.json post.txt
expect_status 2
expect_out <<'END'
post.txt: applied 1 fix
END
expect_err <<'END'
empty.json:1:1: invalid JSON: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal (left as it was)
fixed 1 file (1 fix); 0 findings left for review
END
for f in "${files[@]}" empty.json; do expect_unchanged "$f" "orig/$f"; done

finish
