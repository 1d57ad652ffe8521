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
  on arm "Microsoft.CognitiveServices/accounts" as a {
    expect a.properties.disableLocalAuth == true "key authentication is enabled on {a.name}"
  }
  on terraform "azurerm_cognitive_account" as a {
    expect (a.local_auth_enabled ?? true) == false "key authentication is enabled on {a.address}"
  }
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
# reject COMMIT-NAME PATTERN: the staged commit is refused and the finding printed.
reject() {
  if git commit -qm "$1" >"$T/out" 2>&1; then
    echo "FAIL $1: the commit went through"; cat "$T/out"; fail=$((fail + 1))
  elif grep -qE "$2" "$T/out"; then
    pass=$((pass + 1))
  else
    echo "FAIL $1: finding not printed"; cat "$T/out"; fail=$((fail + 1))
  fi
}
# Bicep: the finding points at the property in the .bicep file.
printf "resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: 'oai'\n  location: 'eastus'\n  kind: 'OpenAI'\n  properties: {\n    disableLocalAuth: false\n  }\n}\n" > main.bicep
git add main.bicep
reject insecure_bicep 'main.bicep:6:5: high\[PC-001\]: key authentication is enabled on oai'
git reset -q main.bicep && rm main.bicep
# Terraform: a commit that touches only variables.tf still checks its module, at main.tf.
mkdir tf
printf 'resource "azurerm_cognitive_account" "oai" {\n  kind               = "OpenAI"\n  local_auth_enabled = var.local_auth\n}\n' > tf/main.tf
printf 'variable "local_auth" {\n  default = false\n}\n' > tf/variables.tf
git add tf && git commit -qm "terraform module" >"$T/out" 2>&1 || { echo "FAIL secure terraform refused"; cat "$T/out"; fail=$((fail + 1)); }
printf 'variable "local_auth" {\n  default = true\n}\n' > tf/variables.tf
git add tf/variables.tf
reject insecure_tfvars_only 'tf/main.tf:3:3: high\[PC-001\]: key authentication is enabled on azurerm_cognitive_account.oai'
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
