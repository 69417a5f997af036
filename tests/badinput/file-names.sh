#!/usr/bin/env bash
# File names: Chinese names are read, reported and fixed like any other; a name that is not
# UTF-8 is read too, printed as its bytes in the text report and as U+FFFD in JSON, which
# stays valid JSON; `rules list --format json` survives a pack folder with such a name.
source "$(dirname "$0")/lib.bash"

mkdir posts
bad=$(printf 'posts/bad\xffname.txt')
post "$bad"
post posts/理财文案.md

run check --no-builtin --rules "$RULES" posts
expect_status 1
expect_out <<END
$(finding "$bad")

$(finding posts/理财文案.md)

2 problems (2 errors, 0 warnings, 0 info) in 2 of 2 files.
END

run check --no-builtin --rules "$RULES" --format jsonl posts
expect_status 1
expect_same findings "posts/bad�name.txt:1:5 guaranteed-return/principal
posts/理财文案.md:1:5 guaranteed-return/principal" "$(findings)"

for format in json sarif gitlab rdjsonl; do
  run check --no-builtin --rules "$RULES" --format $format posts
  expect_status 1 "--format $format"
  if [ "$format" = rdjsonl ]; then
    python3 -c 'import json, sys; [json.loads(l) for l in sys.stdin]' <<<"$out" ||
      fail "--format $format is not valid JSON lines"
  else
    python3 -c 'import json, sys; json.load(sys.stdin)' <<<"$out" ||
      fail "--format $format is not valid JSON"
  fi
done

run fix --no-builtin --rules "$RULES" posts
expect_status 0
expect_out <<END
$bad: applied 1 fix
posts/理财文案.md: applied 1 fix
END
expect_same "$bad" '这款理财本产品收益浮动，稳赚不赔！' "$(cat "$bad")"

rules_dir=$(printf 'r\xfeules')
cp -r "$RULES" "$rules_dir"
run rules list --no-builtin --rules "$rules_dir" --format json
expect_status 0
python3 -c 'import json, sys; d = json.load(sys.stdin); assert d[0]["file"] == "r\ufffdules/guaranteed.yaml", d' <<<"$out" ||
  fail "rules list --format json: $out $err"

finish
