R = "AZAI-ACC-001"
ACCT = "Microsoft.CognitiveServices/accounts"
SRCH = "Microsoft.Search/searchServices"
API = "2024-10-01"

CASES = [
    case("arm_fail", "arm", [
        arm(ACCT, "oai-fail", API, {"customSubDomainName": "oai-fail", "disableLocalAuth": False},
            kind="OpenAI", sku={"name": "S0"}),
        arm(SRCH, "srch-fail", "2025-05-01", {"disableLocalAuth": False}, sku={"name": "standard"}),
    ], [(R, "fail", (0, "properties.disableLocalAuth")), (R, "fail", (1, "properties.disableLocalAuth"))]),
    case("arm_pass", "arm", [
        arm(ACCT, "oai-pass", API, {"customSubDomainName": "oai-pass", "disableLocalAuth": True},
            kind="OpenAI", sku={"name": "S0"}),
        arm(SRCH, "srch-pass", "2025-05-01", {"disableLocalAuth": True}, sku={"name": "standard"}),
    ], [(R, "none")]),
    case("arm_absent", "arm", [
        arm(ACCT, "oai-absent", API, {"customSubDomainName": "oai-absent"}, kind="AIServices", sku={"name": "S0"}),
        arm(SRCH, "srch-noprops", "2025-05-01", None, sku={"name": "basic"}),
    ], [(R, "fail", (0, "properties")), (R, "fail", (1, None))],
        comment="absent disableLocalAuth: keys stay enabled (service default)"),
    case("arm_param", "arm", [
        arm(ACCT, "oai-param", API, {"disableLocalAuth": "[parameters('disableLocalAuth')]"}, kind="OpenAI",
            sku={"name": "S0"}),
    ], [(R, "fail", (0, "properties.disableLocalAuth"))],
        parameters={"disableLocalAuth": param("bool", False)},
        comment="the value comes from a parameter default; the finding points at the property"),
    case("arm_param_override", "arm", [
        arm(ACCT, "oai-param", API, {"disableLocalAuth": "[parameters('disableLocalAuth')]"}, kind="OpenAI",
            sku={"name": "S0"}),
    ], [(R, "none")], parameters={"disableLocalAuth": param("bool", True)}),
    case("arm_unknown", "arm", [
        arm(ACCT, "oai-unknown", API, {"disableLocalAuth": "[reference('settings').outputs.disable.value]"},
            kind="OpenAI", sku={"name": "S0"}),
    ], [(R, "unknown", (0, "properties.disableLocalAuth"))],
        comment="a value only known at deployment: unknown, not fail"),
    case("arm_exempt_kind", "arm", [
        arm(ACCT, "face", API, {}, kind="Face", sku={"name": "S0"}),
        arm(ACCT, "oai", API, {}, kind="OpenAI", sku={"name": "S0"}),
    ], [(R, "fail", (1, "properties"))], params={"exemptAccountKinds": ["face"]}),
    case("tf_fail", "tf", [
        tf("azurerm_cognitive_account", "fail", {"name": "oai-fail", "kind": "OpenAI", "sku_name": "S0",
            "location": "eastus", "resource_group_name": "rg", "local_auth_enabled": True}),
        tf("azurerm_search_service", "fail", {"name": "srch-fail", "sku": "standard", "location": "eastus",
            "resource_group_name": "rg", "local_authentication_enabled": True}),
        tf("azurerm_ai_services", "fail", {"name": "ais-fail", "sku_name": "S0", "location": "eastus",
            "resource_group_name": "rg", "local_authentication_enabled": True}),
    ], [(R, "fail", (0, "local_auth_enabled")), (R, "fail", (1, "local_authentication_enabled")),
        (R, "fail", (2, "local_authentication_enabled"))]),
    case("tf_pass", "tf", [
        tf("azurerm_cognitive_account", "pass", {"name": "oai-pass", "kind": "OpenAI", "sku_name": "S0",
            "location": "eastus", "resource_group_name": "rg", "local_auth_enabled": False}),
        tf("azurerm_search_service", "pass", {"name": "srch-pass", "sku": "standard", "location": "eastus",
            "resource_group_name": "rg", "local_authentication_enabled": False}),
    ], [(R, "none")]),
    case("tf_absent", "tf", [
        tf("azurerm_cognitive_account", "absent", {"name": "oai-absent", "kind": "OpenAI", "sku_name": "S0",
            "location": "eastus", "resource_group_name": "rg"}),
    ], [(R, "fail", (0, ""))], comment="HCL without local_auth_enabled: the provider default true applies"),
    case("tf_variable", "tf", [
        tf("azurerm_cognitive_account", "var", {"name": "oai-var", "kind": "OpenAI", "sku_name": "S0",
            "location": "eastus", "resource_group_name": "rg", "local_auth_enabled": True},
           expressions={"local_auth_enabled": {"references": ["var.local_auth"]}}),
    ], [(R, "fail", (0, "local_auth_enabled"))], variables={"local_auth": True}),
    case("tf_unknown", "tf", [
        tf("azurerm_cognitive_account", "unk", {"name": "oai-unk", "kind": "OpenAI", "sku_name": "S0",
            "location": "eastus", "resource_group_name": "rg", "local_auth_enabled": UNKNOWN},
           expressions={"local_auth_enabled": {"references": ["data.external.settings.result"]}}),
    ], [(R, "unknown", (0, ""))],
        comment="set from an expression known only after apply: unknown (points at values: the attribute is not in it)"),
    case("tf_azapi", "tf", [
        tf("azapi_resource", "fail", {"type": "Microsoft.CognitiveServices/accounts@2024-10-01", "name": "ais-azapi",
            "location": "eastus", "parent_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg",
            "body": {"kind": "AIServices", "sku": {"name": "S0"}, "properties": {"disableLocalAuth": False}}}),
        tf("azapi_resource", "pass", {"type": "Microsoft.Search/searchServices@2025-05-01", "name": "srch-azapi",
            "location": "eastus", "parent_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg",
            "body": {"sku": {"name": "standard"}, "properties": {"disableLocalAuth": True}}}),
    ], [(R, "fail", (0, "body.properties.disableLocalAuth"))]),
]
