#!/usr/bin/env bash
# bench_startup.sh WARD: the pre-commit case.  One 10-50 KB template, the
# whole built-in library, process start to exit, counted in instructions by
# callgrind (repeatable whatever the machine is doing) and timed.  The
# template is generated here (a Bicep file of AI resources, ~30 KB).
set -euo pipefail
ward=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
f="$dir/main.bicep"
{
  echo "param location string = resourceGroup().location"
  for i in $(seq 1 40); do
    cat <<B
resource acct$i 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-$i'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: {
    customSubDomainName: 'oai-$i'
    disableLocalAuth: $([ $((i % 2)) = 0 ] && echo true || echo false)
    publicNetworkAccess: 'Disabled'
    networkAcls: { defaultAction: 'Deny', ipRules: [] }
  }
}
resource dep$i 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: acct$i
  name: 'gpt-4o'
  sku: { name: 'GlobalStandard', capacity: 10 }
  properties: {
    model: { format: 'OpenAI', name: 'gpt-4o', version: '2024-11-20' }
    raiPolicyName: 'Microsoft.DefaultV2'
  }
}
B
  done
} >"$f"
size=$(wc -c <"$f")
echo "template: $size bytes, $(grep -c '^resource' "$f") resources"
if command -v valgrind >/dev/null; then
  valgrind --tool=callgrind --callgrind-out-file="$dir/cg" "$ward" check --no-config "$f" >/dev/null 2>"$dir/log" || true
  echo "ward check (whole built-in library): $(grep -o 'Collected : [0-9]*' "$dir/log" | awk '{print $3}') instructions (target: 10,000,000)"
  valgrind --tool=callgrind --callgrind-out-file="$dir/cg2" "$ward" version >/dev/null 2>"$dir/log2" || true
  echo "ward version (process start alone): $(grep -o 'Collected : [0-9]*' "$dir/log2" | awk '{print $3}') instructions"
else
  echo "valgrind not installed: instruction counts skipped"
fi
start=$(date +%s%N)
for _ in $(seq 1 20); do "$ward" check --no-config "$f" >/dev/null || true; done
end=$(date +%s%N)
echo "wall: $(( (end - start) / 20000 )) us per run (mean of 20)"
