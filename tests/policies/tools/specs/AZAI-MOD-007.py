R = "AZAI-MOD-007"
S = "Microsoft.MachineLearningServices/workspaces/serverlessEndpoints"
WSID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/proj"
MODEL = {"modelId": "azureml://registries/azureml-meta/models/Llama-3.3-70B-Instruct"}

CASES = [
    case("arm_fail", "arm", [arm(S, "proj/llama", "2025-06-01", {"modelSettings": MODEL, "authMode": "Key",
        "contentSafety": {"contentSafetyStatus": "Disabled"}}, sku={"name": "Consumption"})],
        [(R, "fail", (0, "properties.contentSafety.contentSafetyStatus"))]),
    case("arm_pass", "arm", [arm(S, "proj/llama", "2025-06-01", {"modelSettings": MODEL, "authMode": "Key",
        "contentSafety": {"contentSafetyStatus": "Enabled"}}, sku={"name": "Consumption"})], [(R, "none")]),
    case("arm_absent", "arm", [arm(S, "proj/llama", "2025-06-01", {"modelSettings": MODEL, "authMode": "Key"},
        sku={"name": "Consumption"})], [(R, "none")], comment="absent: the default content safety settings apply"),
    case("arm_param", "arm", [arm(S, "proj/llama", "2025-06-01", {"modelSettings": MODEL, "authMode": "Key",
        "contentSafety": {"contentSafetyStatus": "[parameters('safety')]"}}, sku={"name": "Consumption"})],
        [(R, "fail", (0, "properties.contentSafety.contentSafetyStatus"))], parameters={"safety": param("string", "Disabled")}),
    case("arm_unknown", "arm", [arm(S, "proj/llama", "2025-06-01", {"modelSettings": MODEL,
        "contentSafety": {"contentSafetyStatus": "[reference('x').outputs.s.value]"}}, sku={"name": "Consumption"})],
        [(R, "unknown", (0, "properties.contentSafety.contentSafetyStatus"))]),
    case("tf_azapi", "tf", [tf("azapi_resource", "llama", {"type": S + "@2025-06-01", "name": "llama", "parent_id": WSID,
        "location": "eastus", "body": {"sku": {"name": "Consumption"}, "properties": {"modelSettings": MODEL,
            "contentSafety": {"contentSafetyStatus": "Disabled"}}}})],
        [(R, "fail", (0, "body.properties.contentSafety.contentSafetyStatus"))]),
]
