#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ (the "fuzz" preset: clang-14, AddressSanitizer and
# UBSan, in build-fuzz/) and runs each for a bounded time on a copy of its seed corpus
# (fuzz/corpus/TARGET, which stays as committed). Fails when any target finds a crash, a
# leak, undefined behaviour or a timeout; the input that did it is kept in
# build-fuzz/findings/TARGET/ (replay: build-fuzz/fuzz/fuzz_TARGET FILE). See docs/testing.md.
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET]     default 45
#   FUZZ_TARGETS="extract check" bash scripts/fuzz.sh 600
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-45}
targets=(${FUZZ_TARGETS:-extract rules config check})

bash scripts/setup.sh --deps-only
bash scripts/apt-missing.sh fuzz clang-14 libclang-rt-14-dev
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

# Longest input per target: posts a few pages long, rule packs of a few rules, a config file.
declare -A max_len=([extract]=16384 [check]=16384 [rules]=8192 [config]=4096)
declare -A dict=([extract]=posts [check]=posts [rules]=rules [config]=config)
failed=()
for t in "${targets[@]}"; do
  work=build-fuzz/corpus/$t findings=build-fuzz/findings/$t
  rm -rf "$work" "$findings"
  mkdir -p "$work" "$findings"
  cp fuzz/corpus/"$t"/* "$work"/
  log=build-fuzz/fuzz-$t.log
  echo "fuzz: $t for ${seconds}s" >&2
  status=0
  build-fuzz/fuzz/fuzz_"$t" "$work" -dict=fuzz/dict/"${dict[$t]}".dict \
    -max_total_time="$seconds" -max_len="${max_len[$t]}" -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$findings"/ -print_final_stats=1 >"$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  echo "fuzz: $t: ${execs:-?} runs, exit $status, corpus $(ls "$work" | wc -l) inputs" >&2
  if [ "$status" != 0 ]; then
    failed+=("$t")
    # The sanitizer's or libFuzzer's report and the input that caused it.
    grep -v -e '^#[0-9]' -e NEW_FUNC "$log" | tail -60 >&2
    ls "$findings" >&2
  fi
done
echo "fuzz: $((${#targets[@]} - ${#failed[@]})) passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
