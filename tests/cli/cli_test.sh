#!/usr/bin/env bash
# cli_test.sh WARD: the command line as users meet it: exit codes, located
# errors for bad input, other files still checked, --fail-on, --output,
# bundles, list/explain.  Prints "N passed, N failed".
set -u
WARD=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0

check() {   # check NAME EXPECTED_RC PATTERN -- command...   (empty PATTERN: output not checked)
  local name=$1 want=$2 pat=$3
  shift 4
  "$@" >"$T/out" 2>&1
  local rc=$?
  if [ "$rc" -ne "$want" ] || { [ -n "$pat" ] && ! grep -qE -- "$pat" "$T/out"; }; then
    echo "FAIL $name: exit $rc (want $want), pattern '$pat' in:"
    sed 's/^/    /' "$T/out" | head -20
    fail=$((fail + 1))
  else
    pass=$((pass + 1))
  fi
}

cat >"$T/p.ward" <<'P'
rule C-001 {
  title "keys disabled"
  severity critical
  help "Set disableLocalAuth."
  refs ["https://example.invalid/doc"]
  on json "acct" as a {
    expect a.disableLocalAuth == true "keys on {a.name}"
  }
}
rule C-002 {
  title "tagged"
  severity medium
  on json "acct" as a {
    expect exists(a.tags) "no tags on {a.name}"
  }
}
P
printf '[{"type": "acct", "name": "a1", "disableLocalAuth": true}]\n' >"$T/medium.json"
printf '[{"type": "acct", "name": "a2",\n  "disableLocalAuth": false, "tags": {}}]\n' >"$T/critical.json"
printf '[{"type": "acct",\n  "name": "x"\n  "oops": 1}]\n' >"$T/bad.json"
printf '{"type": "acct"}\n' >"$T/notlist.json"

check malformed_json_located 2 'bad.json:3:3: error\[E401\]' -- "$WARD" check --policy "$T/p.ward" "$T/bad.json"
check other_files_still_checked 2 'critical.json:2:3: critical\[C-001\]' -- "$WARD" check --policy "$T/p.ward" "$T/bad.json" "$T/critical.json"
check wrong_shape_located 2 'notlist.json:1:1: error\[E404\]' -- "$WARD" check --policy "$T/p.ward" "$T/notlist.json"
check missing_file 2 'cannot read' -- "$WARD" check --policy "$T/p.ward" "$T/nope.json"
check findings_exit_1 1 'medium\[C-002\]' -- "$WARD" check --policy "$T/p.ward" "$T/medium.json"
check fail_on_above_findings 0 'medium\[C-002\]' -- "$WARD" check --fail-on high --policy "$T/p.ward" "$T/medium.json"
check fail_on_reached 1 'critical\[C-001\]' -- "$WARD" check --fail-on critical --policy "$T/p.ward" "$T/critical.json"
check bad_fail_on 2 'fail-on' -- "$WARD" check --fail-on severe --policy "$T/p.ward" "$T/medium.json"
check unknown_option 2 "unknown option '--frobnicate'" -- "$WARD" check --frobnicate
check unknown_format 2 "unknown format 'yaml'" -- "$WARD" check -f yaml --policy "$T/p.ward" "$T/medium.json"
printf 'rule X {\n  title "t"\n  severity hihg\n  on json "a" as a { }\n}\n' >"$T/broken.ward"
check policy_error_exit_3 3 'broken.ward:3:12: error\[E205\]' -- "$WARD" check --policy "$T/broken.ward" "$T/medium.json"

check output_file 1 '' -- "$WARD" check --policy "$T/p.ward" -f json -o "$T/out.json" "$T/medium.json"
if grep -q '"rule": "C-002"' "$T/out.json" 2>/dev/null && [ -z "$(ls "$T" | grep '\.tmp\.')" ]; then
  pass=$((pass + 1))
else
  echo "FAIL output_file_content: no C-002 in out.json or a temporary file left"; fail=$((fail + 1))
fi

check compile_prints_digest 0 'sha256:[0-9a-f]{64}' -- "$WARD" compile "$T/p.ward" -o "$T/p.wardb"
check bundle_same_findings 1 'medium\[C-002\]' -- "$WARD" check --bundle "$T/p.wardb" "$T/medium.json"
digest=$("$WARD" compile "$T/p.ward" -o "$T/p2.wardb" | grep -oE 'sha256:[0-9a-f]+')
check disasm_source_digest 0 "digest $digest" -- "$WARD" disasm "$T/p.ward"
cp "$T/p.wardb" "$T/corrupt.wardb"
printf '\x00' | dd of="$T/corrupt.wardb" bs=1 seek=100 conv=notrunc 2>/dev/null
check corrupt_bundle 2 'corrupt.wardb:1:1: error\[E30[134]\]' -- "$WARD" check --bundle "$T/corrupt.wardb" "$T/medium.json"
check list_rules 0 'C-001 +critical' -- "$WARD" list --policy "$T/p.ward"
check explain_rule 0 'https://example.invalid/doc' -- "$WARD" explain C-001 --policy "$T/p.ward"
check explain_unknown 2 "no rule 'C-999'" -- "$WARD" explain C-999 --policy "$T/p.ward"

# ward test: the project's own sample passes; a wrong expectation fails and shows both sides;
# an unknown parameter is a located error (exit 2).
WT=$(cd "$(dirname "$0")" && pwd)/wardtest
check ward_test_passes 0 '^2 passed, 0 failed' -- "$WARD" test --no-builtin --policy "$WT/policy.ward" "$WT"
cp "$WT/policy.ward" "$WT/apps.json" "$T/"
printf 'expect T-001 fail 3\nexpect T-001 fail 4:3\n' >"$T/apps.json.expect"
check ward_test_mismatch 1 'expected T-001 fail at 3' -- "$WARD" test --no-builtin --policy "$T/policy.ward" "$T/apps.json.expect"
check ward_test_found_side 1 'found +T-001 fail at 2:34' -- "$WARD" test --no-builtin --policy "$T/policy.ward" "$T/apps.json.expect"
# an expectation may name the severity: the right one passes, a wrong one fails
printf 'expect T-001 fail 2:34 medium\nexpect T-001 fail 4:3\n' >"$T/apps.json.expect"
check ward_test_severity_match 0 '1 passed, 0 failed' -- "$WARD" test --no-builtin --policy "$T/policy.ward" "$T/apps.json.expect"
printf 'expect T-001 fail 2:34 high\nexpect T-001 fail 4:3\n' >"$T/apps.json.expect"
check ward_test_severity_mismatch 1 'expected T-001 fail at 2:34 high' -- "$WARD" test --no-builtin --policy "$T/policy.ward" "$T/apps.json.expect"
printf 'expect T-001 fail 2:34 hihg\n' >"$T/apps.json.expect"
check ward_test_severity_bad 2 'apps.json.expect:1:1: error' -- "$WARD" test --no-builtin --policy "$T/policy.ward" "$T/apps.json.expect"
printf 'param nosuch = 1\nexpect T-001 none\n' >"$T/apps.json.expect"
check ward_test_unknown_param 2 'apps.json.expect:1:1: error\[E206\]' -- "$WARD" test --no-builtin --policy "$T/policy.ward" "$T/apps.json.expect"

# Values read from another resource at deployment say which one (Bicep form).
cat >"$T/ref.bicep" <<'B'
resource apim 'Microsoft.ApiManagement/service@2024-05-01' = {
  name: 'apim'
  identity: { type: 'SystemAssigned' }
}
resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid('x')
  properties: {
    principalId: apim.identity.principalId
  }
}
B
cat >"$T/ref.ward" <<'P'
rule REF-1 { title "t" severity low on arm "Microsoft.Authorization/roleAssignments" as a {
  fail "{ref(a.properties.principalId).type} {referenced_property(a.properties.principalId)}" } }
P
check bicep_reference_join 1 'Microsoft.ApiManagement/service identity.principalId' -- "$WARD" check --no-builtin --policy "$T/ref.ward" "$T/ref.bicep"

# -j N: the same report, byte for byte, on one thread or several.
mkdir -p "$T/many"
for i in $(seq 1 30); do
  printf '[{"type": "acct", "name": "a%d", "disableLocalAuth": %s}]\n' "$i" "$([ $((i % 3)) = 0 ] && echo true || echo false)" >"$T/many/f$i.json"
done
printf '[{"type": "acct",\n  oops}]\n' >"$T/many/f15.json"
"$WARD" check --no-builtin --policy "$T/p.ward" -f json -j 1 "$T/many" >"$T/j1.json" 2>&1
"$WARD" check --no-builtin --policy "$T/p.ward" -f json -j4 "$T/many" >"$T/j4.json" 2>&1
if cmp -s "$T/j1.json" "$T/j4.json" && grep -q '"rule": "C-001"' "$T/j1.json" && grep -q 'E401' "$T/j1.json"; then
  pass=$((pass + 1))
else
  echo "FAIL jobs_identical_output"; diff "$T/j1.json" "$T/j4.json" | head; fail=$((fail + 1))
fi
check jobs_bad_value 2 '-j takes' -- "$WARD" check -j 0 "$T/many"
check jobs_bad_attached 2 '-j takes' -- "$WARD" check -j0 "$T/many"

# .ward.yaml: rule switches, severity overrides, typed parameters, located errors.
mkdir -p "$T/repo/infra"
cat >"$T/repo/policy.ward" <<'P'
param minReplicas: number = 2
rule R-REPL {
  title "replicas"
  severity medium
  on json "app" as a { expect (a.replicas ?? 1) >= minReplicas "{a.name} has {a.replicas ?? 1} replicas" }
}
rule R-TAGS {
  title "tags"
  severity low
  on json "app" as a { expect exists(a.tags) "{a.name} has no tags" }
}
P
cat >"$T/repo/infra/apps.json" <<'J'
[
  // ward:ignore R-TAGS reason="tags come from Azure Policy"
  {"type": "app", "name": "web", "replicas": 1},
  // ward:ignore R-TAGS
  {"type": "app", "name": "api", "replicas": 3}
]
J
printf 'policies: policy.ward\nrules:\n  R-REPL: {severity: high}\nparameters:\n  minReplicas: 3\n' >"$T/repo/.ward.yaml"
check config_severity_override 1 'high\[R-REPL\]: web has 1 replicas' -- "$WARD" check --no-builtin "$T/repo/infra"
check inline_suppression_hides 1 'apps.json:5:3: low\[R-TAGS\]: api has no tags' -- "$WARD" check --no-builtin "$T/repo/infra"
check inline_without_reason_warns 1 'apps.json:4:6: warning\[W406\]: ward:ignore R-TAGS has no reason' -- "$WARD" check --no-builtin "$T/repo/infra"
"$WARD" check --no-builtin -f json "$T/repo/infra" >"$T/sup.json" 2>/dev/null
if grep -q '"suppression_reason": "tags come from Azure Policy"' "$T/sup.json"; then pass=$((pass + 1)); else echo "FAIL suppressed finding missing from JSON"; fail=$((fail + 1)); fi
printf 'policies: policy.ward\nparameters:\n  minReplicas: "three"\n' >"$T/repo/.ward.yaml"
check config_param_type 2 '.ward.yaml:3:16: error\[E502\]: parameter .minReplicas. expects a number' -- "$WARD" check --no-builtin "$T/repo/infra"
printf 'policies: policy.ward\nrulez: {}\n' >"$T/repo/.ward.yaml"
check config_unknown_setting 2 '.ward.yaml:2:1: error\[E501\]: unknown setting .rulez.' -- "$WARD" check --no-builtin "$T/repo/infra"
printf 'policies: policy.ward\nrules:\n  R-NOPE: off\n' >"$T/repo/.ward.yaml"
check config_unknown_rule 2 ".ward.yaml:3:3: error\\[E501\\]: no rule 'R-NOPE'" -- "$WARD" check --no-builtin "$T/repo/infra"
printf 'policies: policy.ward\nrules:\n  R-TAGS: off\nsuppressions:\n  - rule: R-REPL\n    path: "infra/*.json"\n    resource: web\n    reason: migrating\n' >"$T/repo/.ward.yaml"
check config_suppression 0 'no findings' -- "$WARD" check --no-builtin "$T/repo/infra"
printf 'policies: policy.ward\nrules:\n  R-TAGS: off\nsuppressions:\n  - rule: R-REPL\n    reason: migrating\n    until: 2001-01-01\n' >"$T/repo/.ward.yaml"
check config_suppression_expired 1 'expired on 2001-01-01' -- "$WARD" check --no-builtin "$T/repo/infra"
printf 'policies: policy.ward\nsuppressions:\n  - rule: R-REPL\n' >"$T/repo/.ward.yaml"
check config_suppression_needs_reason 2 "error\\[E501\\]: a suppression needs a 'reason'" -- "$WARD" check --no-builtin "$T/repo/infra"
check no_config_flag 3 'unknown name|E20' -- "$WARD" check --no-builtin --no-config "$T/repo/infra" --policy "$T/broken.ward"

# Baselines: today's findings recorded; only new ones reported later, even after lines move.
printf 'policies: policy.ward\n' >"$T/repo/.ward.yaml"
(cd "$T/repo" && "$WARD" check --no-builtin --baseline-write base.json infra >/dev/null 2>&1)
check baseline_hides_known 0 'no findings' -- sh -c "cd '$T/repo' && '$WARD' check --no-builtin --baseline base.json infra"
printf '[\n\n  {"type": "app", "name": "web", "replicas": 1, "tags": {}},\n  {"type": "app", "name": "new", "replicas": 1, "tags": {}}\n]\n' >"$T/repo/infra/apps.json"
check baseline_reports_new 1 'new has 1 replicas' -- sh -c "cd '$T/repo' && '$WARD' check --no-builtin --baseline base.json infra"
check baseline_not_old 1 '1 finding' -- sh -c "cd '$T/repo' && '$WARD' check --no-builtin --baseline base.json infra"

# A walked JSON array that is not a resource list (test data, word lists) is skipped; named, it is an error.
mkdir -p "$T/walk"
printf '[{"file": "x.tf", "line": 3}]\n' >"$T/walk/expected_result.json"
cp "$T/medium.json" "$T/walk/"
check walk_skips_other_json_lists 1 'ward: 1 finding ' -- "$WARD" check --no-builtin --policy "$T/p.ward" "$T/walk"
check named_json_list_without_type 2 'expected_result.json:1:2: error\[E404\]' -- "$WARD" check --no-builtin --policy "$T/p.ward" "$T/walk/expected_result.json"

# Terraform: any file of a module stands for the module; each module is read once.
mkdir -p "$T/tf/modules/ai"
printf 'module "ai" {\n  source = "./modules/ai"\n}\n' >"$T/tf/main.tf"
printf 'output "x" {\n  value = 1\n}\n' >"$T/tf/outputs.tf"
printf 'resource "azurerm_cognitive_account" "oai" {\n  name = "oai"\n  kind = "OpenAI"\n  local_auth_enabled = true\n}\n' >"$T/tf/modules/ai/main.tf"
check tf_one_file_reads_module 1 'modules/ai/main.tf:4:3: .*AZAI-ACC-001' -- "$WARD" check --no-config "$T/tf/outputs.tf"
"$WARD" check --no-config "$T/tf" "$T/tf/main.tf" "$T/tf/outputs.tf" >"$T/tfout" 2>&1
n=$(grep -c 'AZAI-ACC-001' "$T/tfout")
if [ "$n" = 1 ] && grep -q 'module.ai.azurerm_cognitive_account.oai' "$T/tfout"; then pass=$((pass + 1)); else echo "FAIL tf module read once: $n ACC-001 findings"; sed 's/^/    /' "$T/tfout" | head; fail=$((fail + 1)); fi

# Inline suppressions in the same form in .tf (# comments) and Azure ML YAML.
mkdir -p "$T/inl"
printf 'resource "azurerm_cognitive_account" "oai" {\n  kind = "OpenAI"\n  # ward:ignore AZAI-ACC-001 reason="rotating keys first"\n  local_auth_enabled = true\n}\n' >"$T/inl/main.tf"
"$WARD" check --no-config -f json "$T/inl" >"$T/inl.json" 2>&1
if grep -q '"suppression_reason": "rotating keys first"' "$T/inl.json"; then pass=$((pass + 1)); else echo "FAIL tf inline suppression"; fail=$((fail + 1)); fi
printf '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\nname: ep\n# ward:ignore AZAI-ACC-003 reason="test endpoint"\nauth_mode: key\npublic_network_access: disabled\n' >"$T/inl/ep.yml"
check yaml_inline_suppression 0 'no findings.*1 suppressed' -- "$WARD" check --no-config "$T/inl/ep.yml"

# ward test: each .tf case is a module of its own, not merged with the other cases beside it.
mkdir -p "$T/tftest"
printf 'resource "azurerm_cognitive_account" "bad" {\n  kind = "OpenAI"\n  local_auth_enabled = true\n}\n' >"$T/tftest/fail.tf"
printf 'expect AZAI-ACC-001 fail 3:3\n' >"$T/tftest/fail.tf.expect"
printf 'resource "azurerm_cognitive_account" "good" {\n  kind = "OpenAI"\n  local_auth_enabled = false\n}\n' >"$T/tftest/pass.tf"
printf 'expect AZAI-ACC-001 none\n' >"$T/tftest/pass.tf.expect"
check ward_test_tf_cases_apart 0 '2 passed, 0 failed' -- "$WARD" test "$T/tftest"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
