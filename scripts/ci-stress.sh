#!/usr/bin/env bash
# Runs the whole CI (.ci/run) several times in a row, each on a fresh clone of the committed
# HEAD, while a CPU-bound process keeps one core busy, as another job on a shared two-core CI
# machine would. A test that passes only on an idle machine fails here. Not part of .ci/run.
#
#   scripts/ci-stress.sh [runs=3]
#
# Prints each run's totals line and wall time, then a summary; exits non-zero if any run failed.
set -uo pipefail

runs=${1:-3}
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
commit=$(git -C "$repo" rev-parse --short HEAD)
work=$(mktemp -d "${TMPDIR:-/tmp}/ci-stress.XXXXXX")
log_dir="$repo/artifacts/ci-stress"
mkdir -p "$log_dir"

# The load: a busy loop on one core (pinned when taskset is there), stopped however this exits.
if command -v taskset >/dev/null 2>&1; then
  taskset -c 0 sh -c 'while :; do :; done' &
else
  sh -c 'while :; do :; done' &
fi
hog=$!
trap 'kill "$hog" 2>/dev/null; rm -rf "$work"' EXIT
echo "CPU load: pid $hog busy-looping on one of $(nproc) cores; commit $commit; $runs runs"

summary=()
failures=0
for run in $(seq 1 "$runs"); do
  clone="$work/run-$run"
  git clone --quiet "$repo" "$clone"
  git -C "$clone" checkout --quiet "$commit"
  log="$log_dir/run-$run.log"
  started=$(date +%s)
  (cd "$clone" && bash .ci/run) >"$log" 2>&1
  status=$?
  took=$(($(date +%s) - started))
  totals=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)
  [ $status -eq 0 ] || failures=$((failures + 1))
  line="run $run: ${totals:-no totals line} in ${took} s (exit $status)"
  echo "$line"
  [ $status -eq 0 ] || grep -E '^=== .*FAILED|✕' "$log" | sed 's/^/    /'
  summary+=("$line")
  rm -rf "$clone"
done

echo
echo "ci-stress on $commit with one core loaded (logs in artifacts/ci-stress/):"
printf '  %s\n' "${summary[@]}"
[ $failures -eq 0 ]
