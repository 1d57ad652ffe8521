#!/bin/sh
# run_bicep_golden.sh WARD CASE: runs
#   ward check --no-builtin --policy CASE/policy.ward CASE/main.bicep --no-color
# from inside CASE (so paths print relative), appends "exit=<code>", and diffs
# the output with CASE/expected.txt.  WARD_UPDATE_GOLDEN=1 rewrites it.
set -u
ward=$1 case=$2
cd "$case" || exit 2
tmp=$(mktemp "${TMPDIR:-/tmp}/ward-bicep-golden.XXXXXX") || exit 2
trap 'rm -f "$tmp"' EXIT
NO_COLOR=1 "$ward" check --no-builtin --policy policy.ward main.bicep --no-color >"$tmp" 2>&1
echo "exit=$?" >>"$tmp"
if [ "${WARD_UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$tmp" expected.txt
    echo "updated $case/expected.txt"
    exit 0
fi
diff -u expected.txt "$tmp"
