R = "AZAI-MOD-002"
D = "Microsoft.CognitiveServices/accounts/defenderForAISettings"
ACCTID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/oai"

CASES = [
    case("arm_fail", "arm", [arm_child(D, "oai/Default", "2024-10-01", {"state": "Disabled"})],
         [(R, "fail", (0, "properties.state"))]),
    case("arm_pass", "arm", [arm_child(D, "oai/Default", "2025-06-01", {"state": "Enabled"})], [(R, "none")]),
    case("arm_absent", "arm", [arm_child(D, "oai/Default", "2024-10-01", {})], [(R, "none")],
         comment="no state: nothing in the template weakens protection"),
    case("arm_exempt", "arm", [arm_child(D, "lab/Default", "2024-10-01", {"state": "Disabled"})], [(R, "none")],
         params={"exemptAccounts": ["lab"]}),
    case("arm_param", "arm", [arm_child(D, "oai/Default", "2024-10-01", {"state": "[parameters('defenderState')]"})],
         [(R, "fail", (0, "properties.state"))], parameters={"defenderState": param("string", "disabled")}),
    case("arm_unknown", "arm", [arm_child(D, "oai/Default", "2024-10-01", {"state": "[reference('x').outputs.s.value]"})],
         [(R, "unknown", (0, "properties.state"))]),
    case("tf_azapi", "tf", [
        tf("azapi_resource", "off", {"type": D + "@2024-10-01", "name": "Default", "parent_id": ACCTID,
            "body": {"properties": {"state": "Disabled"}}}),
        tf("azapi_resource", "on", {"type": D + "@2024-10-01", "name": "Default", "parent_id": ACCTID,
            "body": {"properties": {"state": "Enabled"}}}),
    ], [(R, "fail", (0, "body.properties.state"))]),
]
