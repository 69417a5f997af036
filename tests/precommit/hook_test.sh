#!/usr/bin/env bash
# End to end with the real pre-commit: a scratch content repository uses finlint's
# .pre-commit-hooks.yaml (from this source tree, committed into a scratch hook repository);
# a violating post is rejected with the finding printed, a compliant one is committed, and
# finlint-fix rewrites a post and stops the commit until the fix is staged.
#   hook_test.sh FINLINT_BINARY SOURCE_DIR
set -euo pipefail
finlint=$(readlink -f "$1")
src=$(readlink -f "$2")
command -v pre-commit >/dev/null || { echo "pre-commit is not installed (scripts/test-setup.sh)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PATH="$(dirname "$finlint"):$PATH" PRE_COMMIT_HOME="$work/cache" NO_COLOR=1
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
fail() { echo "FAIL: $*"; exit 1; }

# The hook repository: this tree's hook definitions at a commit pre-commit can check out.
mkdir "$work/hooks" && cd "$work/hooks"
git init -q . && cp "$src/.pre-commit-hooks.yaml" . && git add . && git commit -qm hooks
rev=$(git rev-parse HEAD)

mkdir "$work/content" && cd "$work/content"
git init -q .
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $work/hooks
    rev: $rev
    hooks:
      - id: finlint
YAML
git add .pre-commit-config.yaml && git commit -qm config --no-verify
pre-commit install >/dev/null

# 1. A violating post is rejected and the finding is shown.
printf '这款理财保本保息，稳赚不赔！\n' > post.md
git add post.md
if git commit -qm "violating post" > out.txt 2>&1; then cat out.txt; fail "a violating post was committed"; fi
grep -q 'post.md:1:5: error: .*\[guaranteed-return/principal\]' out.txt || { cat out.txt; fail "finding not printed"; }
grep -q 'finlint (financial marketing copy).*Failed' out.txt || { cat out.txt; fail "hook not reported as failed"; }
[ "$(git rev-list --count HEAD)" = 1 ] || fail "a commit was made"
echo "ok: violating post rejected with the finding printed"

# 2. The compliant version is accepted.
printf '本产品为非保本浮动收益型，业绩比较基准3.0%%-3.5%%（测算依据见产品说明书）。理财非存款、产品有风险、投资须谨慎。\n' > post.md
git add post.md
git commit -qm "compliant post" > out.txt 2>&1 || { cat out.txt; fail "a compliant post was rejected"; }
grep -q 'finlint (financial marketing copy).*Passed' out.txt || { cat out.txt; fail "hook did not run"; }
[ "$(git rev-list --count HEAD)" = 2 ] || fail "no commit was made"
echo "ok: compliant post committed"

# 3. Files the hook does not read (an image) pass untouched.
printf '\x89PNG\r\n' > banner.png && git add banner.png
git commit -qm image > out.txt 2>&1 || { cat out.txt; fail "a non-copy file was rejected"; }
echo "ok: non-copy files are skipped"

# 4. finlint-fix: appends the missing risk warning and stops the commit for review.
cat >> .pre-commit-config.yaml <<YAML
      - id: finlint-fix
YAML
git add .pre-commit-config.yaml && git commit -qm "fix hook" --no-verify
printf '稳健理财，业绩比较基准3.5%%，欢迎购买。\n' > wealth.md
git add wealth.md
if git commit -qm "wealth" > out.txt 2>&1; then cat out.txt; fail "the fix hook did not stop the commit"; fi
grep -q '理财非存款、产品有风险、投资须谨慎' wealth.md || { cat out.txt; fail "disclosure not appended"; }
git add wealth.md
git commit -qm "wealth, fixed" > out.txt 2>&1 || { cat out.txt; fail "the fixed post was rejected"; }
echo "ok: finlint-fix appended the disclosure; the fixed post was committed"
