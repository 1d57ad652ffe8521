R = "AZAI-RES-010"
CASES = [
    case("arm_inactive", "arm", [arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {}, kind="OpenAI", sku={"name": "S0"})],
         [(R, "none")], comment="inactive until the lists are set"),
    case("arm_fail", "arm", [
        arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {}, kind="OpenAI", sku={"name": "S0"}, location="westus"),
        arm_child("Microsoft.CognitiveServices/accounts/deployments", "oai/chat", "2024-10-01", {"model": {"format": "OpenAI", "name": "gpt-4o"}},
                  sku={"name": "GlobalStandard", "capacity": 1}),
    ], [(R, "fail", (0, "location")), (R, "fail", (1, "sku.name"))],
        params={"allowedLocations": ["West Europe", "swedencentral"], "allowedDeploymentSkus": ["Standard", "DataZoneStandard"]}),
    case("arm_param", "arm", [arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {}, kind="OpenAI", sku={"name": "S0"},
                                  location="[parameters('loc')]")], [(R, "fail", (0, "location"))],
         params={"allowedLocations": ["westeurope"]}, parameters={"loc": param("string", "eastus")}),
    case("tf_fail", "tf", [tf("azurerm_cognitive_deployment", "chat", {"name": "chat", "cognitive_account_id": "x",
        "model": [{"format": "OpenAI", "name": "gpt-4o"}], "sku": [{"name": "GlobalStandard"}]})],
        [(R, "fail", (0, "sku[0].name"))], params={"allowedDeploymentSkus": ["DataZoneStandard"]}),
]
