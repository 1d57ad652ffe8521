#!/bin/sh
# run_case.sh WARD CASE INPUT: end-to-end golden test of one reader.
# CASE is a directory holding policy.ward, INPUT (template.json, plan.json,
# main.bicep, main.tf ... and whatever it pairs with or links to) and
# expected.txt.  Runs, from inside CASE (relative paths, so the output does
# not depend on the checkout),
#   ward check --no-builtin --policy policy.ward INPUT --no-color
# merges stdout and stderr, appends "exit=<code>" and diffs with
# expected.txt.  WARD_UPDATE_GOLDEN=1 rewrites expected.txt instead (then
# review the diff).
set -u
ward=$1
dir=$(cd "$2" && pwd) || exit 2
input=$3
tmp=$(mktemp "${TMPDIR:-/tmp}/ward-case.XXXXXX") || exit 2
trap 'rm -f "$tmp"' EXIT
cd "$dir" || exit 2
NO_COLOR=1 "$ward" check --no-builtin --policy policy.ward "$input" --no-color >"$tmp" 2>&1
echo "exit=$?" >>"$tmp"
if [ "${WARD_UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$tmp" expected.txt
    echo "updated $dir/expected.txt"
    exit 0
fi
if [ ! -f expected.txt ]; then
    echo "missing $dir/expected.txt (run with WARD_UPDATE_GOLDEN=1)"; cat "$tmp"; exit 1
fi
diff -u expected.txt "$tmp"
