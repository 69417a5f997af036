#!/bin/bash
# finlint serve runs finlint-serve from finlint's own folder. Without it there, finlint says
# so and exits 2, rather than failing silently or running another finlint-serve from PATH.
#   missing_server.sh FINLINT
set -u
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp "$1" "$dir/finlint"
mkdir "$dir/bin" && printf '#!/bin/sh\necho impostor; exit 0\n' >"$dir/bin/finlint-serve"
chmod +x "$dir/bin/finlint-serve"
PATH="$dir/bin:$PATH" "$dir/finlint" serve --port 0 >"$dir/out" 2>"$dir/err"
status=$?
fail=0
[ "$status" -eq 2 ] || { echo "exit status $status, want 2"; fail=1; }
grep -q "cannot run $dir/finlint-serve" "$dir/err" || { echo "stderr lacks the reason:"; cat "$dir/err"; fail=1; }
grep -q impostor "$dir/out" && { echo "ran finlint-serve from PATH"; fail=1; }
# Beside it, the real server starts, prints its address and stops cleanly on SIGTERM.
cp "$(dirname "$1")/finlint-serve" "$dir/finlint-serve"
"$dir/finlint" serve --port 0 --no-config >"$dir/out" 2>"$dir/err" &
pid=$!
for _ in $(seq 100); do grep -q '^finlint serve: http://127.0.0.1:' "$dir/out" && break; sleep 0.1; done
grep -q '^finlint serve: http://127.0.0.1:' "$dir/out" || { echo "no address printed:"; cat "$dir/out" "$dir/err"; fail=1; }
kill -TERM "$pid"
wait "$pid"
status=$?
[ "$status" -eq 0 ] || { echo "server exit status $status after SIGTERM, want 0"; fail=1; }
exit $fail
