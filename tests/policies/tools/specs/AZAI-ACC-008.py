R = "AZAI-ACC-008"
RG = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"

CASES = [
    case("arm_fail", "arm", [
        arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {"customSubDomainName": "oai"},
            kind="OpenAI", sku={"name": "S0"}, identity={"type": "None"}),
        arm("Microsoft.Search/searchServices", "srch", "2025-05-01", {}, sku={"name": "standard"}),
        arm("Microsoft.App/containerApps", "app", "2025-07-01", {"managedEnvironmentId": "/x"}),
    ], [(R, "fail", (0, "identity.type")), (R, "fail", (1, None)), (R, "fail", (2, None))]),
    case("arm_pass", "arm", [
        arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {"customSubDomainName": "oai"},
            kind="OpenAI", sku={"name": "S0"}, identity={"type": "SystemAssigned"}),
        arm("Microsoft.MachineLearningServices/workspaces", "hub", "2025-06-01", {}, kind="Hub",
            identity={"type": "SystemAssigned,UserAssigned", "userAssignedIdentities": {"[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'uai')]": {}}}),
        arm("Microsoft.ApiManagement/service", "apim", "2024-05-01", {"publisherEmail": "a@b.c", "publisherName": "c"},
            sku={"name": "Developer", "capacity": 1}, identity={"type": "userassigned", "userAssignedIdentities": {}}),
    ], [(R, "none")], comment="identity types compare case-insensitively; 'SystemAssigned,UserAssigned' without blank too"),
    case("arm_absent", "arm", [
        arm("Microsoft.MachineLearningServices/workspaces", "ws", "2025-06-01", {}),
    ], [(R, "fail", (0, None))]),
    case("arm_param", "arm", [
        arm("Microsoft.App/sessionPools", "pool", "2025-07-01", {"poolManagementType": "Dynamic"},
            identity={"type": "[parameters('identityType')]"}),
    ], [(R, "fail", (0, "identity.type"))], parameters={"identityType": param("string", "None")}),
    case("arm_unknown", "arm", [
        arm("Microsoft.App/jobs", "job", "2025-07-01", {}, identity="[reference('id').outputs.identity.value]"),
    ], [(R, "none")], scratch=False, comment="the whole identity is unknown: no finding can be proven"),
    case("arm_prefer_user_assigned", "arm", [
        arm("Microsoft.MachineLearningServices/workspaces", "ws", "2025-06-01", {}, identity={"type": "SystemAssigned"}),
    ], [(R, "fail", (0, "properties"))], params={"preferUserAssigned": True}),
    case("arm_exempt_type", "arm", [
        arm("Microsoft.ContainerInstance/containerGroups", "aci", "2025-09-01", {"osType": "Linux", "containers": []}),
    ], [(R, "none")], params={"identityRequiredTypes": ["Microsoft.CognitiveServices/accounts"]}),
    case("tf_fail", "tf", [
        tf("azurerm_cognitive_account", "noid", {"name": "oai", "kind": "OpenAI", "sku_name": "S0",
            "location": "eastus", "resource_group_name": "rg", "identity": []}),
        tf("azurerm_container_group", "aci", {"name": "aci", "location": "eastus", "resource_group_name": "rg",
            "os_type": "Linux", "identity": [{"type": "None", "identity_ids": None}]}),
    ], [(R, "fail", (0, "identity")), (R, "fail", (1, "identity[0].type"))]),
    case("tf_pass", "tf", [
        tf("azurerm_search_service", "id", {"name": "srch", "location": "eastus", "resource_group_name": "rg",
            "sku": "standard", "identity": [{"type": "SystemAssigned"}]}),
        tf("azurerm_machine_learning_workspace", "ws", {"name": "ws", "location": "eastus", "resource_group_name": "rg",
            "identity": [{"type": "SystemAssigned, UserAssigned", "identity_ids": ["/x/uai"]}],
            "primary_user_assigned_identity": "/x/uai"}),
    ], [(R, "none")]),
    case("tf_absent", "tf", [
        tf("azurerm_api_management", "apim", {"name": "apim", "location": "eastus", "resource_group_name": "rg",
            "publisher_email": "a@b.c", "publisher_name": "c", "sku_name": "Developer_1"}),
    ], [(R, "fail", (0, ""))]),
    case("tf_unknown", "tf", [
        tf("azurerm_container_app", "app", {"name": "app", "resource_group_name": "rg",
            "identity": [{"type": UNKNOWN}]}),
    ], [(R, "none")], comment="identity type from an expression: unknown is not a failure of a present block"),
    case("tf_azapi", "tf", [
        tf("azapi_resource", "pool", {"type": "Microsoft.App/sessionPools@2025-07-01", "name": "pool",
            "location": "eastus", "parent_id": RG, "identity": [],
            "body": {"properties": {"poolManagementType": "Dynamic"}}}),
        tf("azapi_resource", "pool2", {"type": "Microsoft.App/sessionPools@2025-07-01", "name": "pool2",
            "location": "eastus", "parent_id": RG, "identity": [{"type": "UserAssigned", "identity_ids": ["/x/uai"]}],
            "body": {"properties": {"poolManagementType": "Dynamic"}}}),
    ], [(R, "fail", (0, "identity"))]),
]
