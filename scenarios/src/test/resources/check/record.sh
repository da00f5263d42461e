#!/bin/bash
# Records NAME.out (node's stdout) and NAME.code (its exit code, when not 0) for the check fixtures here,
# passing node the flags of the front-matter's `flags: [...]` line; refuses output that differs between
# three runs. nested/lib/ holds a helper, not a scenario. Usage: scenarios/src/test/resources/check/record.sh
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for script in timer.js crash.js nested/module.mjs; do
  name=${script%.*}
  flags=()
  line=$(grep -m1 '^flags: \[' "$script" || true)
  if [[ $line =~ ^flags:\ \[(.*)\]$ ]]; then IFS=', ' read -r -a flags <<< "${BASH_REMATCH[1]}"; fi
  for run in 1 2 3; do
    set +e
    node "${flags[@]}" "$script" > "$tmp/out$run" 2> /dev/null
    echo $? > "$tmp/code$run"
    set -e
  done
  if ! cmp -s "$tmp/out1" "$tmp/out2" || ! cmp -s "$tmp/out1" "$tmp/out3" \
     || ! cmp -s "$tmp/code1" "$tmp/code2" || ! cmp -s "$tmp/code1" "$tmp/code3"; then
    echo "unstable output, not recorded: $script" >&2
    exit 1
  fi
  cp "$tmp/out1" "$name.out"
  if [ "$(cat "$tmp/code1")" = 0 ]; then rm -f "$name.code"; else cp "$tmp/code1" "$name.code"; fi
done
