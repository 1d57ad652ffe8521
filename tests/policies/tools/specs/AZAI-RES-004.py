R = "AZAI-RES-004"
CASES = [
    case("arm_default_off", "arm", [arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {}, kind="OpenAI", sku={"name": "S0"})],
         [(R, "none")], comment="opt-in rule: disabled by default"),
    case("arm_fail", "arm", [arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {}, kind="OpenAI", sku={"name": "S0"}),
                             arm("Microsoft.Search/searchServices", "s", "2025-05-01", {"encryptionWithCmk": {"enforcement": "Unspecified"}}, sku={"name": "basic"})],
         [(R, "fail", (0, "properties")), (R, "fail", (1, "properties.encryptionWithCmk.enforcement"))], enable=["AZAI-RES-004"]),
    case("tf_fail", "tf", [tf("azurerm_search_service", "s", {"name": "s", "sku": "basic", "customer_managed_key_enforcement_enabled": False})],
         [(R, "fail", (0, "customer_managed_key_enforcement_enabled"))], enable=["AZAI-RES-004"]),
]
