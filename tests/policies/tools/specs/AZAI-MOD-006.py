R = "AZAI-MOD-006"
RAI = "Microsoft.CognitiveServices/accounts/raiPolicies"
ACCTID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/oai"

CASES = [
    case("arm_fail", "arm", [
        arm_child(RAI, "oai/async", "2025-06-01", {"mode": "Asynchronous_filter", "basePolicyName": "Microsoft.DefaultV2"}),
        arm_child(RAI, "oai/deferred", "2024-10-01", {"mode": "Deferred", "basePolicyName": "Microsoft.DefaultV2"}),
    ], [(R, "fail", (0, "properties.mode")), (R, "fail", (1, "properties.mode"))]),
    case("arm_pass", "arm", [
        arm_child(RAI, "oai/blocking", "2025-06-01", {"mode": "Blocking", "basePolicyName": "Microsoft.DefaultV2"}),
        arm_child(RAI, "oai/default", "2025-06-01", {"mode": "default", "basePolicyName": "Microsoft.DefaultV2"}),
    ], [(R, "none")]),
    case("arm_absent", "arm", [arm_child(RAI, "oai/p", "2025-06-01", {"basePolicyName": "Microsoft.DefaultV2"})],
         [(R, "none")], comment="absent mode: default (buffered) streaming"),
    case("arm_allowed_async", "arm", [
        arm_child(RAI, "oai/async", "2025-06-01", {"mode": "Asynchronous_filter"})], [(R, "none")],
        params={"allowedRaiModes": ["Default", "Blocking", "Asynchronous_filter"]}),
    case("arm_param", "arm", [arm_child(RAI, "oai/p", "2025-06-01", {"mode": "[parameters('mode')]"})],
         [(R, "fail", (0, "properties.mode"))], parameters={"mode": param("string", "Asynchronous_filter")}),
    case("tf_fail", "tf", [tf("azurerm_cognitive_account_rai_policy", "p", {"name": "p", "cognitive_account_id": ACCTID,
        "base_policy_name": "Microsoft.Default", "mode": "Asynchronous_filter", "content_filter": []})],
        [(R, "fail", (0, "mode"))]),
    case("tf_pass_absent", "tf", [tf("azurerm_cognitive_account_rai_policy", "p", {"name": "p", "cognitive_account_id": ACCTID,
        "base_policy_name": "Microsoft.Default", "content_filter": []})], [(R, "none")]),
    case("tf_unknown", "tf", [tf("azurerm_cognitive_account_rai_policy", "p", {"name": "p", "cognitive_account_id": ACCTID,
        "mode": UNKNOWN})], [(R, "unknown", (0, ""))]),
    case("tf_azapi", "tf", [tf("azapi_resource", "p", {"type": RAI + "@2025-06-01", "name": "p", "parent_id": ACCTID,
        "body": {"properties": {"mode": "Asynchronous_filter"}}})], [(R, "fail", (0, "body.properties.mode"))]),
]
