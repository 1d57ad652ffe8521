#!/bin/sh
# run.sh WARD CASE: golden end-to-end test of the Terraform plan reader.
#   CASE is a directory holding policy.ward, plan.json and expected.txt; runs
#   `ward check --no-builtin --policy policy.ward plan.json --no-color` inside
#   it (relative paths, so the output does not depend on the checkout), merges
#   stdout and stderr, appends "exit=<code>" and diffs with expected.txt.
#   WARD_UPDATE_GOLDEN=1 rewrites expected.txt instead (then review the diff).
set -u
ward=$1 dir=$2
cd "$dir" || exit 2
tmp=$(mktemp "${TMPDIR:-/tmp}/ward-tfplan.XXXXXX") || exit 2
trap 'rm -f "$tmp"' EXIT
NO_COLOR=1 "$ward" check --no-builtin --policy policy.ward plan.json --no-color >"$tmp" 2>&1
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
