#!/bin/bash
# Records NAME.out (node's stdout) and NAME.code (its exit code, when not 0) for the given scripts, or for
# every NAME.js and NAME.mjs here (lib/ holds helpers, not scenarios). A first line `// flags: ...` is
# passed to node. Runs node five times (side by side, so a script with a long timer waits only once) and
# refuses output that differs between runs: the corpus holds only orders that Node itself fixes.
# Usage: scenarios/corpus/event-loop/record.sh [NAME.js|NAME.mjs ...]
set -euo pipefail
cd "$(dirname "$0")"
runs=5
scripts=("$@")
if [ ${#scripts[@]} -eq 0 ]; then
  shopt -s nullglob
  scripts=(*.js *.mjs)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for script in "${scripts[@]}"; do
  name=${script%.*}
  flags=()
  first=$(head -n 1 "$script")
  if [[ $first =~ ^//\ flags:\ (.*)$ ]]; then read -r -a flags <<< "${BASH_REMATCH[1]}"; fi
  for run in $(seq 1 $runs); do
    (
      set +e
      node "${flags[@]}" "$script" > "$tmp/out$run" 2> /dev/null
      echo $? > "$tmp/code$run"
    ) &
  done
  wait
  stable=true
  for run in $(seq 2 $runs); do
    if ! cmp -s "$tmp/out1" "$tmp/out$run" || ! cmp -s "$tmp/code1" "$tmp/code$run"; then stable=false; fi
  done
  if ! $stable; then
    echo "unstable output, not recorded: $script" >&2
    status=1
    continue
  fi
  cp "$tmp/out1" "$name.out"
  if [ "$(cat "$tmp/code1")" = 0 ]; then rm -f "$name.code"; else cp "$tmp/code1" "$name.code"; fi
done
exit $status
