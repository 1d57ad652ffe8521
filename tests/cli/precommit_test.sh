#!/usr/bin/env bash
# precommit_test.sh WARD REPO: runs the real pre-commit tool with this
# repository's .pre-commit-hooks.yaml in a scratch git repository: a commit
# with an insecure template is rejected and the finding printed; a
# compliant one passes.  Skips (exit 77) when pre-commit or git is missing.
set -u
WARD=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
REPO=$(cd "$2" && pwd)
command -v pre-commit >/dev/null && command -v git >/dev/null || { echo "SKIP: pre-commit or git not installed"; exit 77; }
git -C "$REPO" rev-parse HEAD >/dev/null 2>&1 || { echo "SKIP: $REPO is not a git checkout"; exit 77; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export HOME="$T/home" PRE_COMMIT_HOME="$T/cache" GIT_CONFIG_NOSYSTEM=1
mkdir -p "$HOME" "$T/bin"
ln -s "$WARD" "$T/bin/ward"
export PATH="$T/bin:$PATH"
# pre-commit installs hooks from a committed revision: use a snapshot commit of
# the working tree so uncommitted hook changes are tested too.
git clone -q "$REPO" "$T/hooks"
cp "$REPO/.pre-commit-hooks.yaml" "$T/hooks/"
git -C "$T/hooks" -c user.name=t -c user.email=t@t add -A . >/dev/null
git -C "$T/hooks" -c user.name=t -c user.email=t@t commit -qm snapshot --allow-empty
rev=$(git -C "$T/hooks" rev-parse HEAD)

mkdir "$T/work" && cd "$T/work" && git init -q && git config user.name t && git config user.email t@t
cat > .pre-commit-config.yaml <<CFG
repos:
  - repo: $T/hooks
    rev: $rev
    hooks:
      - id: ward
        args: [--no-builtin, --policy, policy.ward]
CFG
cat > policy.ward <<'P'
rule PC-001 {
  title "keys disabled"
  severity high
  on json "acct" as a { expect a.disableLocalAuth == true "key authentication is enabled on {a.name}" }
}
P
printf '{"name": "not a template"}\n' > package.json
git add .pre-commit-config.yaml policy.ward package.json && git commit -qm init --no-verify
pre-commit install >/dev/null || { echo "FAIL: pre-commit install"; exit 1; }
pass=0 fail=0
printf '[{"type": "acct", "name": "bad", "disableLocalAuth": false}]\n' > acct.json
git add acct.json
if git commit -qm insecure >"$T/out" 2>&1; then
  echo "FAIL insecure_rejected: the commit went through"; cat "$T/out"; fail=$((fail + 1))
elif grep -q 'acct.json:1:34: high\[PC-001\]: key authentication is enabled on bad' "$T/out"; then
  pass=$((pass + 1))
else
  echo "FAIL insecure_rejected: finding not printed"; cat "$T/out"; fail=$((fail + 1))
fi
printf '[{"type": "acct", "name": "good", "disableLocalAuth": true}]\n' > acct.json
git add acct.json
if git commit -qm secure >"$T/out" 2>&1; then pass=$((pass + 1)); else echo "FAIL secure_accepted"; cat "$T/out"; fail=$((fail + 1)); fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
