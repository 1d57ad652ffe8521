#!/bin/sh
# run_arm_golden.sh WARD CASE: end-to-end golden test of the ARM reader.
# CASE is a directory holding policy.ward, template.json (and whatever it
# pairs with or links to) and expected.txt.  Runs, from inside CASE,
#   ward check --no-builtin --policy policy.ward template.json --no-color
# merges stdout and stderr, appends "exit=<code>" and diffs the result with
# expected.txt.  WARD_UPDATE_GOLDEN=1 rewrites expected.txt instead (review
# the diff!).
set -u
ward=$1
dir=$(cd "$2" && pwd) || exit 2
tmp=$(mktemp "${TMPDIR:-/tmp}/ward-arm-golden.XXXXXX") || exit 2
trap 'rm -f "$tmp"' EXIT
export NO_COLOR=1
cd "$dir" || exit 2
"$ward" check --no-builtin --policy policy.ward template.json --no-color >"$tmp" 2>&1
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
