#!/usr/bin/env bash
# Invalid UTF-8 — a lone continuation byte, an overlong encoding, a sequence cut off at the end
# of the file — is an error at the first bad byte's line:col for `check`, and `fix` leaves each
# such file byte for byte as it was; the violating post beside them is still checked.
source "$(dirname "$0")/lib.bash"

post post.txt
printf 'abc\x80def\n' > lone.txt                # continuation byte without a lead
printf '第一行\n保本\xc0\xaf理财\n' > overlong.md  # "/" as two bytes
printf '理财保本\n稳\xe8\xb5' > truncated.txt      # 赚 (e8 b5 9a) without its last byte
for f in lone.txt overlong.md truncated.txt; do cp "$f" "$f.orig"; done

run check --no-builtin --rules "$RULES" post.txt lone.txt overlong.md truncated.txt
expect_status 2
expect_out <<END
$(finding post.txt)

lone.txt:1:4: invalid UTF-8 (byte 0x80 at offset 3); save the file as UTF-8
overlong.md:2:3: invalid UTF-8 (byte 0xC0 at offset 16); save the file as UTF-8
truncated.txt:2:2: invalid UTF-8 (byte 0xE8 at offset 16); save the file as UTF-8
1 problem (1 error, 0 warnings, 0 info) in 1 of 4 files; 3 could not be checked.
END

# --encoding utf-8 refuses them the same way (auto mode may try GB18030 first).
run check --no-builtin --rules "$RULES" --encoding utf-8 --format jsonl lone.txt post.txt
expect_status 2
expect_out <<'END'
{"path":"lone.txt","error":"lone.txt:1:4: invalid UTF-8 (byte 0x80 at offset 3); save the file as UTF-8"}
{"path":"post.txt","rule":"guaranteed-return/principal","category":"guaranteed-return","severity":"error","message":"不得承诺保本保息","basis":["《中华人民共和国广告法》第二十五条"],"line":1,"column":5,"end_line":1,"end_column":9,"offset":12,"length":12,"text":"保本保息","suggestions":[{"replace":"本产品收益浮动"}]}
END

# fix: the bad files stay as they were, the post beside them is fixed.
run fix --no-builtin --rules "$RULES" post.txt lone.txt overlong.md truncated.txt
expect_status 2
expect_out <<'END'
post.txt: applied 1 fix
END
expect_err <<'END'
lone.txt:1:4: invalid UTF-8 (byte 0x80 at offset 3); save the file as UTF-8 (left as it was)
overlong.md:2:3: invalid UTF-8 (byte 0xC0 at offset 16); save the file as UTF-8 (left as it was)
truncated.txt:2:2: invalid UTF-8 (byte 0xE8 at offset 16); save the file as UTF-8 (left as it was)
fixed 1 file (1 fix); 0 findings left for review
END
for f in lone.txt overlong.md truncated.txt; do expect_unchanged "$f" "$f.orig"; done
expect_same post.txt '这款理财本产品收益浮动，稳赚不赔！' "$(cat post.txt)"
[ -z "$(ls -A | grep finlint-)" ] || fail "temporary files left: $(ls -A | grep finlint-)"

finish
