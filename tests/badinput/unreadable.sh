#!/usr/bin/env bash
# Files and folders the user may not read: a file is an error naming it ("Permission
# denied"), so is a folder, named or met in a walk — never silently skipped — and the posts
# beside them are still checked. Root reads anything, so as root (CI) finlint runs as the
# unprivileged user nobody (setpriv, util-linux), in a folder under /tmp that it can reach.
source "$(dirname "$0")/lib.bash"

as_user=()
if [ "$(id -u)" = 0 ]; then
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  # Everything nobody runs or reads lives in a world-readable folder of its own.
  tmp=$(mktemp -d /tmp/badinput-unreadable.XXXXXX)
  trap 'rm -rf "$tmp" "$WORK"' EXIT
  chmod 755 "$tmp"
  cp "$FINLINT" "$tmp/finlint"
  cp -r "$RULES" "$tmp/rules"
  FINLINT="$tmp/finlint" RULES="$tmp/rules"
  chmod -R a+rX "$tmp"
  cd "$tmp" || exit 2
  # A root whose / the other users may not enter (a chroot made with mktemp -d) lets nobody
  # run no program at all: then this case cannot be tested here, and says so.
  if ! "${as_user[@]}" "$FINLINT" --version >/dev/null 2>&1; then
    echo "SKIPPED: the user nobody cannot run $FINLINT here (can it enter / and /usr/lib?)"
    exit 77
  fi
fi
runas() { run_command "${as_user[@]}" "$FINLINT" "$@"; }  # as run, as that user

mkdir -p posts/locked posts/open
post posts/a.txt
post posts/locked/hidden.txt
post posts/open/z.txt
printf '保本\n' > posts/secret.txt
[ "$(id -u)" = 0 ] && chown -R 65534:65534 posts  # theirs, so that fix may write them
chmod 000 posts/secret.txt posts/locked
"${as_user[@]}" cat posts/secret.txt >/dev/null 2>&1 && fail "the test user can read posts/secret.txt"

runas check --no-builtin --rules "$RULES" posts
expect_status 2
expect_out <<END
$(finding posts/a.txt)

posts/locked: cannot read folder: Permission denied
$(finding posts/open/z.txt)

posts/secret.txt: cannot read: Permission denied
2 problems (2 errors, 0 warnings, 0 info) in 2 of 4 files; 2 could not be checked.
END

runas check --no-builtin --rules "$RULES" posts/secret.txt posts/locked posts/a.txt
expect_status 2
expect_out <<END
posts/secret.txt: cannot read: Permission denied
posts/locked: cannot read folder: Permission denied
$(finding posts/a.txt)

1 problem (1 error, 0 warnings, 0 info) in 1 of 3 files; 2 could not be checked.
END

# fix: reports the file, writes nothing, fixes the rest.
runas fix --no-builtin --rules "$RULES" posts/secret.txt posts/open
expect_status 2
expect_out <<'END'
posts/open/z.txt: applied 1 fix
END
expect_err <<'END'
posts/secret.txt: cannot read: Permission denied (left as it was)
fixed 1 file (1 fix); 0 findings left for review
END
chmod 644 posts/secret.txt
expect_same posts/secret.txt '保本' "$(cat posts/secret.txt)"
chmod 755 posts/locked

finish
