R = "AZAI-ACC-004"
ACCT = "Microsoft.CognitiveServices/accounts"
API = "2024-10-01"
RG = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"

CASES = [
    case("arm_fail", "arm", [
        arm(ACCT, "oai-empty", API, {"customSubDomainName": ""}, kind="OpenAI", sku={"name": "S0"}),
    ], [(R, "fail", (0, "properties.customSubDomainName"))]),
    case("arm_pass", "arm", [
        arm(ACCT, "oai", API, {"customSubDomainName": "oai-contoso"}, kind="OpenAI", sku={"name": "S0"}),
    ], [(R, "none")]),
    case("arm_absent", "arm", [
        arm(ACCT, "oai-absent", API, {"publicNetworkAccess": "Disabled"}, kind="OpenAI", sku={"name": "S0"}),
    ], [(R, "fail", (0, "properties"))]),
    case("arm_param", "arm", [
        arm(ACCT, "[parameters('accountName')]", API, {"customSubDomainName": "[parameters('accountName')]"},
            kind="OpenAI", sku={"name": "S0"}),
    ], [(R, "none")], parameters={"accountName": param("string", "oai-contoso")}),
    case("arm_variable_empty", "arm", [
        arm(ACCT, "oai", API, {"customSubDomainName": "[variables('subdomain')]"}, kind="OpenAI", sku={"name": "S0"}),
    ], [(R, "fail", (0, "properties.customSubDomainName"))], variables={"subdomain": ""}),
    case("arm_unknown", "arm", [
        arm(ACCT, "oai", API, {"customSubDomainName": "[reference('naming').outputs.name.value]"}, kind="OpenAI",
            sku={"name": "S0"}),
    ], [(R, "none")], comment="an unknown subdomain is still a subdomain: no finding"),
    case("tf_fail_absent", "tf", [
        tf("azurerm_cognitive_account", "nosub", {"name": "oai", "kind": "OpenAI", "sku_name": "S0",
            "location": "eastus", "resource_group_name": "rg", "custom_subdomain_name": None}),
    ], [(R, "fail", (0, "custom_subdomain_name"))], comment="plan JSON writes null for an unset attribute"),
    case("tf_pass", "tf", [
        tf("azurerm_cognitive_account", "sub", {"name": "oai", "kind": "OpenAI", "sku_name": "S0",
            "location": "eastus", "resource_group_name": "rg", "custom_subdomain_name": "oai-contoso"}),
        tf("azurerm_ai_services", "sub", {"name": "ais", "sku_name": "S0", "location": "eastus",
            "resource_group_name": "rg", "custom_subdomain_name": "ais-contoso"}),
    ], [(R, "none")]),
    case("tf_absent", "tf", [
        tf("azurerm_ai_services", "nosub", {"name": "ais", "sku_name": "S0", "location": "eastus", "resource_group_name": "rg"}),
    ], [(R, "fail", (0, ""))]),
    case("tf_variable", "tf", [
        tf("azurerm_cognitive_account", "var", {"name": "oai", "kind": "OpenAI", "sku_name": "S0",
            "location": "eastus", "resource_group_name": "rg", "custom_subdomain_name": "oai-var"},
           expressions={"custom_subdomain_name": {"references": ["var.subdomain"]}}),
    ], [(R, "none")], variables={"subdomain": "oai-var"}),
    case("tf_azapi", "tf", [
        tf("azapi_resource", "ais", {"type": "Microsoft.CognitiveServices/accounts@2025-06-01", "name": "ais",
            "location": "eastus", "parent_id": RG, "body": {"kind": "AIServices", "sku": {"name": "S0"}, "properties": {}}}),
    ], [(R, "fail", (0, "body.properties"))]),
]
