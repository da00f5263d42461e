#!/bin/bash
# Records NAME.out (node's stdout) and NAME.code (its exit code, when not 0) for the given scripts, or for
# every NAME.js here. Runs node three times and refuses output that differs between runs.
# Usage: scenarios/corpus/event-loop/record.sh [NAME.js ...]
set -euo pipefail
cd "$(dirname "$0")"
scripts=("$@")
[ ${#scripts[@]} -eq 0 ] && scripts=(*.js)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for script in "${scripts[@]}"; do
  name=${script%.js}
  for run in 1 2 3; do
    set +e
    node "$name.js" > "$tmp/out$run" 2> /dev/null
    echo $? > "$tmp/code$run"
    set -e
  done
  if ! cmp -s "$tmp/out1" "$tmp/out2" || ! cmp -s "$tmp/out1" "$tmp/out3" || ! cmp -s "$tmp/code1" "$tmp/code3"; then
    echo "unstable output, not recorded: $name.js" >&2
    continue
  fi
  cp "$tmp/out1" "$name.out"
  if [ "$(cat "$tmp/code1")" = 0 ]; then rm -f "$name.code"; else cp "$tmp/code1" "$name.code"; fi
done
