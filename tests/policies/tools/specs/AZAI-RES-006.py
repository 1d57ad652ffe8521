R = "AZAI-RES-006"
WS = "Microsoft.MachineLearningServices/workspaces"
API = "2025-06-01"
RG = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"


def ws(name, props, kind="Hub"):
    return arm(WS, name, API, props, kind=kind, identity={"type": "SystemAssigned"})


CASES = [
    case("arm_fail", "arm", [
        ws("hub-open", {"managedNetwork": {"isolationMode": "AllowInternetOutbound"}}),
        ws("hub-star", {"managedNetwork": {"isolationMode": "AllowOnlyApprovedOutbound", "outboundRules": {
            "any": {"type": "FQDN", "destination": "*", "category": "UserDefined"}}}}),
    ], [(R, "fail", (0, "properties.managedNetwork.isolationMode")),
        (R, "fail", (1, "properties.managedNetwork.outboundRules.any.destination"))]),
    case("arm_pass", "arm", [
        ws("hub", {"managedNetwork": {"isolationMode": "AllowOnlyApprovedOutbound", "outboundRules": {
            "pypi": {"type": "FQDN", "destination": "pypi.org", "category": "UserDefined"}}}}),
        ws("proj", {"hubResourceId": "[resourceId('Microsoft.MachineLearningServices/workspaces', 'hub')]"}, kind="Project"),
    ], [(R, "none")]),
    case("arm_absent", "arm", [ws("ws", {}, kind="Default")], [(R, "fail", (0, "properties"))],
         comment="absent isolationMode: no managed network (Disabled)"),
    case("arm_child_rule", "arm", [
        ws("hub", {"managedNetwork": {"isolationMode": "AllowOnlyApprovedOutbound"}}),
        arm_child("Microsoft.MachineLearningServices/workspaces/outboundRules", "hub/github", "2025-06-01",
                  {"type": "FQDN", "destination": "github.com", "category": "UserDefined"}),
    ], [(R, "fail", (1, "properties.destination"))], params={"allowedOutboundFqdns": ["pypi.org", "*.pythonhosted.org"]}),
    case("arm_param", "arm", [
        ws("hub", {"managedNetwork": {"isolationMode": "[parameters('isolationMode')]"}}),
    ], [(R, "fail", (0, "properties.managedNetwork.isolationMode"))],
        parameters={"isolationMode": param("string", "Disabled")}),
    case("arm_unknown", "arm", [
        ws("hub", {"managedNetwork": {"isolationMode": "[reference('net').outputs.mode.value]"}}),
    ], [(R, "unknown", (0, "properties.managedNetwork.isolationMode"))]),
    case("tf_fail", "tf", [
        tf("azurerm_machine_learning_workspace", "ws", {"name": "ws", "location": "eastus", "kind": "Default",
            "managed_network": [{"isolation_mode": "AllowInternetOutbound"}]}),
        tf("azurerm_machine_learning_workspace_network_outbound_rule_fqdn", "star", {"name": "star",
            "workspace_id": "/x", "destination_fqdn": "*"}),
    ], [(R, "fail", (0, "managed_network[0].isolation_mode")), (R, "fail", (1, "destination_fqdn"))]),
    case("tf_pass", "tf", [
        tf("azurerm_ai_foundry", "hub", {"name": "hub", "location": "eastus",
            "managed_network": [{"isolation_mode": "AllowOnlyApprovedOutbound"}]}),
    ], [(R, "none")]),
    case("tf_absent", "tf", [
        tf("azurerm_ai_foundry", "hub", {"name": "hub", "location": "eastus", "managed_network": []}),
    ], [(R, "fail", (0, "managed_network"))], comment="no managed_network block: the service default Disabled"),
    case("tf_unknown", "tf", [
        tf("azurerm_ai_foundry", "hub", {"name": "hub", "location": "eastus", "managed_network": [{"isolation_mode": UNKNOWN}]}),
    ], [(R, "unknown", (0, "managed_network[0]"))]),
    case("tf_azapi", "tf", [
        tf("azapi_resource", "hub", {"type": "Microsoft.MachineLearningServices/workspaces@2025-06-01", "name": "hub",
            "location": "eastus", "parent_id": RG, "body": {"kind": "Hub", "properties": {}}}),
    ], [(R, "fail", (0, "body.properties"))]),
]
