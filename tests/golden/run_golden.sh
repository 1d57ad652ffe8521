#!/bin/sh
# run_golden.sh MODE WARD CASE
#   MODE eval:   CASE is a directory holding policy.ward, input.json, expected.txt;
#                runs `ward check --policy policy.ward input.json --no-color`.
#   MODE diag:   CASE is NAME.ward with NAME.expected; runs `ward compile NAME.ward -o TMP`.
#   MODE disasm: CASE is NAME.ward with NAME.expected; runs `ward disasm NAME.ward`.
# stdout and stderr are merged, the case directory is replaced by <CASE>, the
# temporary directory by <TMP>, and "exit=<code>" is appended.  The result is
# diffed with the expected file; WARD_UPDATE_GOLDEN=1 rewrites the expected
# file instead.
set -u
mode=$1 ward=$2 case=$3
case "$mode" in
eval)
    dir=$(cd "$case" && pwd) || exit 2
    expected=$dir/expected.txt ;;
diag|disasm)
    dir=$(cd "$(dirname "$case")" && pwd) || exit 2
    base=$(basename "$case" .ward)
    expected=$dir/$base.expected ;;
*)
    echo "run_golden.sh: unknown mode '$mode'" >&2; exit 2 ;;
esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ward-golden.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1
cd "$dir" || exit 2
case "$mode" in
eval)   "$ward" check --no-builtin --policy "$dir/policy.ward" "$dir/input.json" --no-color >"$tmp/out" 2>&1 ;;
diag)   "$ward" compile "$dir/$base.ward" -o "$tmp/out.wardb" >"$tmp/out" 2>&1 ;;
disasm) "$ward" disasm "$base.ward" >"$tmp/out" 2>&1 ;;   # relative: the digest covers the path
esac
code=$?
echo "exit=$code" >>"$tmp/out"
# Literal (not regex) replacement of the two directory prefixes.
awk -v d="$dir/" -v t="$tmp/" '
function repl(s, from, to,   i, r) {
    r = ""
    while ((i = index(s, from)) > 0) { r = r substr(s, 1, i - 1) to; s = substr(s, i + length(from)) }
    return r s
}
{ print repl(repl($0, t, "<TMP>/"), d, "<CASE>/") }' "$tmp/out" >"$tmp/actual"
if [ "${WARD_UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$tmp/actual" "$expected"
    echo "updated $expected"
    exit 0
fi
if [ ! -f "$expected" ]; then
    echo "missing $expected (run with WARD_UPDATE_GOLDEN=1)"; cat "$tmp/actual"; exit 1
fi
diff -u "$expected" "$tmp/actual"
