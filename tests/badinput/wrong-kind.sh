#!/usr/bin/env bash
# A folder where a file is expected, a file where a folder is, and files that are not what
# they claim: --config DIR, --baseline DIR, `eval DIR`, --rules FILE, a folder named *.yaml
# among the packs, a binary pack, a pack that is not UTF-8, YAML nested too deeply, a pack
# that is Markdown. Each is a clear error naming the path (with line:col where there is
# one), exit 2, never an internal error.
source "$(dirname "$0")/lib.bash"

post post.txt
mkdir folder packs-with-folder binary-pack latin1-pack deep-pack markdown-pack
mkdir packs-with-folder/sub.yaml
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' > binary-pack/image.yaml
printf 'rules:\n  - id: guaranteed-return/x\n    message: "r\xe9sum\xe9"\n' > latin1-pack/pack.yaml
{ printf 'rules: '; printf '[%.0s' $(seq 3000); printf ']%.0s' $(seq 3000); echo; } > deep-pack/pack.yaml
printf '# 规则\n\n这不是 YAML: 而是 Markdown\n- 一\n' > markdown-pack/rules.yaml

run check --config folder post.txt
expect_status 2
expect_err <<'END'
folder: cannot read: is a folder
finlint: errors in folder; nothing was checked
END

run check --no-builtin --rules "$RULES" --baseline folder post.txt
expect_status 2
expect_err <<'END'
finlint: folder: cannot read the baseline: is a folder
END

run eval folder
expect_status 2
expect_err <<'END'
folder: cannot read cases file: is a folder
END

run check --no-builtin --rules post.txt post.txt
expect_status 2
expect_err <<'END'
post.txt: not a folder: rule packs are read from a folder of *.yaml files (--rules DIR)
finlint: 1 error in rule packs; nothing was checked
END

for pack in packs-with-folder binary-pack latin1-pack deep-pack markdown-pack; do
  run check --no-builtin --rules "$RULES" --rules $pack post.txt
  expect_status 2 "--rules $pack"
  expect_same "stdout of --rules $pack" '' "$out"
  echo "$err"
done > errors.txt
expect_same "the errors of the broken packs" \
'packs-with-folder/sub.yaml: cannot read rule pack: is a folder
finlint: 1 error in rule packs; nothing was checked
binary-pack/image.yaml:3:1: binary file (NUL byte at offset 8); finlint reads UTF-8 text
finlint: 1 error in rule packs; nothing was checked
latin1-pack/pack.yaml:3:16: invalid UTF-8 (byte 0xE9 at offset 50); save the file as UTF-8
finlint: 1 error in rule packs; nothing was checked
deep-pack/pack.yaml:1:6008: nested too deeply (more than 2000 levels)
finlint: 1 error in rule packs; nothing was checked
markdown-pack/rules.yaml:4:1: end of map not found
finlint: 1 error in rule packs; nothing was checked' "$(cat errors.txt)"

# A configuration that is not UTF-8, or binary.
mkdir cfg
post cfg/post.txt
printf 'disable:\n  - "r\xe9sum\xe9"\n' > cfg/.finlint.yaml
run check --no-builtin --rules "$RULES" cfg
expect_status 2
expect_err <<'END'
cfg/.finlint.yaml:2:7: invalid UTF-8 (byte 0xE9 at offset 15); save the file as UTF-8
finlint: errors in cfg/.finlint.yaml; nothing was checked
END

finish
