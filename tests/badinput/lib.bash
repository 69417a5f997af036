# Shared by the bad-input tests (tests/badinput/*.sh), sourced with the finlint binary and a
# folder for scratch files as arguments. Each test runs in a fresh folder under it that is
# removed on exit, checks finlint's exact output and exit status, and ends with `finish`.
set -u
FINLINT=$(readlink -f "$1")
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
RULES="$HERE/rules"  # one small pack, so that expected output does not move with the builtin
mkdir -p "${2:-${TMPDIR:-/tmp}}"
WORK=$(mktemp -d "${2:-${TMPDIR:-/tmp}}/badinput.XXXXXX")
trap 'chmod -R u+rwx "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
cd "$WORK" || exit 2
export NO_COLOR=1
failures=0

# The violating post that sits beside every bad input, and its finding with $RULES.
POST='这款理财保本保息，稳赚不赔！'
post() { printf '%s\n' "$POST" > "$1"; }
finding() {  # finding PATH: the text report of the post at PATH (add the blank line after it)
  cat <<END
$1:1:5: error: 不得承诺保本保息 [guaranteed-return/principal]
 1 | 这款理财保本保息，稳赚不赔！
   |         ^^^^^^^^
   = basis: 《中华人民共和国广告法》第二十五条
   = rewrite: 本产品收益浮动
END
}

# run ARGS…: finlint with ARGS; sets $out (stdout), $err (stderr) and $status.
run() { run_command "$FINLINT" "$@"; }
run_command() {
  local o e
  o=$(mktemp) e=$(mktemp)
  "$@" >"$o" 2>"$e"
  status=$?
  out=$(cat "$o") err=$(cat "$e")
  rm -f "$o" "$e"
}

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# expect_status N [what]
expect_status() {
  [ "$status" = "$1" ] || fail "${2:-finlint} exited $status, expected $1 (stderr: $err)"
}

# expect_same NAME EXPECTED ACTUAL: exact comparison, with a diff when they differ.
expect_same() {
  if [ "$2" != "$3" ]; then
    fail "$1 differs"
    diff <(printf '%s\n' "$2") <(printf '%s\n' "$3") | sed 's/^/  /'
  fi
}
expect_out() { expect_same stdout "$(cat)" "$out"; }  # the whole stdout, from standard input
expect_err() { expect_same stderr "$(cat)" "$err"; }  # the whole stderr, from standard input

# expect_unchanged FILE COPY: FILE still holds the bytes of COPY.
expect_unchanged() {
  cmp -s "$1" "$2" || fail "$1 was changed (expected byte for byte as $2)"
}

finish() {
  if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
  fi
  echo "all checks passed"
}

# "path:line:col rule" of each finding in $out, written by --format jsonl.
findings() {
  sed -nE 's/^\{"path":"([^"]*)","rule":"([^"]*)".*"line":([0-9]+),"column":([0-9]+),.*/\1:\3:\4 \2/p' <<<"$out"
}

# As run, also printing the seconds and peak memory (max RSS) when GNU time is installed:
# for the log only, never asserted (the machine decides them).
run_measured() {
  if [ -x /usr/bin/time ]; then
    run_command /usr/bin/time -f 'measured: %e s, max RSS %M KB' "$FINLINT" "$@"
    grep '^measured:' <<<"$err"
    err=$(grep -v '^measured:\|^Command exited with non-zero status' <<<"$err")
  else
    run "$@"
  fi
}
