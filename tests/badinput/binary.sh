#!/usr/bin/env bash
# Binary input: a NUL byte makes a file binary, an error at the NUL's line:col, whether it is
# named (a PNG) or found by a folder walk under a text extension; a UTF-16 file is named as
# such. Files with other extensions (.png) are not read by walks at all. `fix` leaves binary
# files byte for byte as they were, and the post beside them is still checked.
source "$(dirname "$0")/lib.bash"

mkdir posts
post posts/post.txt
printf '保本\x00理财\n' > posts/nul.txt
# The first bytes of a real PNG: signature, IHDR length (NUL bytes) and type.
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10' > posts/image.png
cp posts/image.png posts/image.md  # a picture saved under a text extension
printf '这款理财保本保息\n' | iconv -f UTF-8 -t UTF-16 > posts/utf16.txt  # with its BOM
cp -r posts orig

run check --no-builtin --rules "$RULES" posts
expect_status 2
expect_out <<END
posts/image.md:3:1: binary file (NUL byte at offset 8); finlint reads UTF-8 or GB18030 text
posts/nul.txt:1:3: binary file (NUL byte at offset 6); finlint reads UTF-8 or GB18030 text
$(finding posts/post.txt)

posts/utf16.txt:1:1: UTF-16 text (byte order mark 0xFF 0xFE); save the file as UTF-8
1 problem (1 error, 0 warnings, 0 info) in 1 of 4 files; 3 could not be checked.
END

# A binary file named on the command line is read (and refused) whatever its extension.
run check --no-builtin --rules "$RULES" posts/image.png posts/post.txt
expect_status 2
expect_out <<END
posts/image.png:3:1: binary file (NUL byte at offset 8); finlint reads UTF-8 or GB18030 text
$(finding posts/post.txt)

1 problem (1 error, 0 warnings, 0 info) in 1 of 2 files; 1 could not be checked.
END

# Standard input too.
run check --no-builtin --rules "$RULES" - < posts/nul.txt
expect_status 2
expect_out <<'END'
<stdin>:1:3: binary file (NUL byte at offset 6); finlint reads UTF-8 or GB18030 text
0 problems (0 errors, 0 warnings, 0 info) in 0 of 1 file; 1 could not be checked.
END

run fix --no-builtin --rules "$RULES" posts posts/image.png
expect_status 2
expect_out <<'END'
posts/post.txt: applied 1 fix
END
expect_err <<'END'
posts/image.md:3:1: binary file (NUL byte at offset 8); finlint reads UTF-8 or GB18030 text (left as it was)
posts/nul.txt:1:3: binary file (NUL byte at offset 6); finlint reads UTF-8 or GB18030 text (left as it was)
posts/utf16.txt:1:1: UTF-16 text (byte order mark 0xFF 0xFE); save the file as UTF-8 (left as it was)
posts/image.png:3:1: binary file (NUL byte at offset 8); finlint reads UTF-8 or GB18030 text (left as it was)
fixed 1 file (1 fix); 0 findings left for review
END
for f in image.md image.png nul.txt utf16.txt; do expect_unchanged "posts/$f" "orig/$f"; done

finish
