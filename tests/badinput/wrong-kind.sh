#!/usr/bin/env bash
# A folder where a file is expected and a file where a folder is: --config DIR, --baseline
# DIR, `eval DIR`, --rules FILE, a folder named *.yaml among the packs; YAML nested too
# deeply. Each is a clear error naming the path (with line:col where there is one), exit 2,
# never an internal error.
source "$(dirname "$0")/lib.bash"

post post.txt
mkdir folder packs-with-folder deep-pack
mkdir packs-with-folder/sub.yaml
{ printf 'rules: '; printf '[%.0s' $(seq 3000); printf ']%.0s' $(seq 3000); echo; } > deep-pack/pack.yaml

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

run check --no-builtin --rules "$RULES" --rules packs-with-folder post.txt
expect_status 2
expect_err <<'END'
packs-with-folder/sub.yaml: cannot read rule pack: is a folder
finlint: 1 error in rule packs; nothing was checked
END

run check --no-builtin --rules "$RULES" --rules deep-pack post.txt
expect_status 2
expect_err <<'END'
deep-pack/pack.yaml:1:6008: nested too deeply (more than 2000 levels)
finlint: 1 error in rule packs; nothing was checked
END

finish
