R = "AZAI-RES-005"
WS = "Microsoft.MachineLearningServices/workspaces"
REG = "Microsoft.MachineLearningServices/registries"
API = "2025-06-01"
RG = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"


def ws(name, props, kind=None):
    extra = {"identity": {"type": "SystemAssigned"}}
    if kind:
        extra["kind"] = kind
    return arm(WS, name, API, props, **extra)


CASES = [
    case("arm_fail", "arm", [
        ws("hub-public", {"publicNetworkAccess": "Enabled"}, kind="Hub"),
        ws("ws-behind-vnet", {"publicNetworkAccess": "Disabled", "allowPublicAccessWhenBehindVnet": True}),
        arm(REG, "reg-public", API, {"publicNetworkAccess": "Enabled"}),
    ], [(R, "fail", (0, "properties.publicNetworkAccess")), (R, "fail", (1, "properties.allowPublicAccessWhenBehindVnet")),
        (R, "fail", (2, "properties.publicNetworkAccess"))]),
    case("arm_pass", "arm", [
        ws("hub-private", {"publicNetworkAccess": "Disabled"}, kind="Hub"),
        ws("fs-private", {"publicNetworkAccess": "Disabled", "allowPublicAccessWhenBehindVnet": False}, kind="FeatureStore"),
        ws("project", {"hubResourceId": "[resourceId('Microsoft.MachineLearningServices/workspaces', 'hub-private')]"},
           kind="Project"),
        arm(REG, "reg-private", API, {"publicNetworkAccess": "Disabled"}),
    ], [(R, "none")], comment="kind Project inherits the hub's network settings: not checked"),
    case("arm_absent", "arm", [
        ws("ws-absent", {"friendlyName": "ws"}),
        arm(REG, "reg-absent", API, {}),
    ], [(R, "fail", (0, "properties")), (R, "fail", (1, "properties"))]),
    case("arm_param", "arm", [
        ws("ws-param", {"publicNetworkAccess": "[parameters('publicNetworkAccess')]"}, kind="Default"),
    ], [(R, "fail", (0, "properties.publicNetworkAccess"))],
        parameters={"publicNetworkAccess": param("string", "Enabled")}),
    case("arm_unknown", "arm", [
        ws("ws-unknown", {"publicNetworkAccess": "Disabled"}, kind="[reference('kindSource').outputs.kind.value]"),
    ], [(R, "none")], scratch=False,
        comment="kind unknown but the workspace is private either way: no finding"),
    case("tf_fail", "tf", [
        tf("azurerm_machine_learning_workspace", "public", {"name": "ws", "location": "eastus",
            "resource_group_name": "rg", "public_network_access_enabled": True, "identity": [{"type": "SystemAssigned"}]}),
        tf("azurerm_ai_foundry", "hub", {"name": "hub", "location": "eastus", "resource_group_name": "rg",
            "public_network_access": "Enabled", "identity": [{"type": "SystemAssigned"}]}),
    ], [(R, "fail", (0, "public_network_access_enabled")), (R, "fail", (1, "public_network_access"))]),
    case("tf_pass", "tf", [
        tf("azurerm_machine_learning_workspace", "private", {"name": "ws", "location": "eastus",
            "resource_group_name": "rg", "public_network_access_enabled": False, "identity": [{"type": "SystemAssigned"}]}),
        tf("azurerm_ai_foundry", "hub", {"name": "hub", "location": "eastus", "resource_group_name": "rg",
            "public_network_access": "Disabled", "identity": [{"type": "SystemAssigned"}]}),
        tf("azurerm_ai_foundry_project", "proj", {"name": "proj", "location": "eastus", "ai_services_hub_id": None}),
    ], [(R, "none")]),
    case("tf_absent", "tf", [
        tf("azurerm_machine_learning_workspace", "absent", {"name": "ws", "location": "eastus", "resource_group_name": "rg"}),
        tf("azurerm_ai_foundry", "absent", {"name": "hub", "location": "eastus", "resource_group_name": "rg"}),
    ], [(R, "fail", (0, "")), (R, "fail", (1, ""))]),
    case("tf_unknown", "tf", [
        tf("azurerm_machine_learning_workspace", "unk", {"name": "ws", "location": "eastus", "resource_group_name": "rg",
            "public_network_access_enabled": UNKNOWN}),
    ], [(R, "unknown", (0, ""))]),
    case("tf_azapi", "tf", [
        tf("azapi_resource", "registry", {"type": "Microsoft.MachineLearningServices/registries@2025-06-01", "name": "reg",
            "location": "eastus", "parent_id": RG, "body": {"properties": {"publicNetworkAccess": "Enabled"}}}),
        tf("azapi_resource", "project", {"type": "Microsoft.MachineLearningServices/workspaces@2025-06-01", "name": "proj",
            "location": "eastus", "parent_id": RG, "body": {"kind": "Project", "properties": {}}}),
    ], [(R, "fail", (0, "body.properties.publicNetworkAccess"))]),
]
