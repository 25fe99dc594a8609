#!/usr/bin/env bash
# Runs every command of the README's "Command line" section exactly as written, so the README
# cannot drift from the tool. A command passes when it exits with one of the verdicts (0
# preliminarily eligible, 1 not eligible, 2 cannot tell yet) and prints something; 3 (bad
# input) or anything else fails.
set -euo pipefail
cd "$(dirname "$0")/.."

commands="$(awk '
  /^## Command line/ { section = 1; next }
  section && /^## / { exit }
  section && /^```sh$/ { block = 1; next }
  section && block && /^```$/ { block = 0; next }
  section && block && NF { print }
' README.md)"
if [ -z "$commands" ]; then
  echo "readme-examples: no commands found under '## Command line' in README.md" >&2
  exit 1
fi

failed=0
while IFS= read -r command; do
  set +e
  output="$(bash -c "$command" 2>&1)"
  status=$?
  set -e
  if [ "$status" -le 2 ] && [ -n "$output" ]; then
    printf 'ok (exit %s)  %s\n' "$status" "$command"
  else
    printf 'FAILED (exit %s)  %s\n%s\n' "$status" "$command" "$output" >&2
    failed=1
  fi
done <<< "$commands"
exit "$failed"
