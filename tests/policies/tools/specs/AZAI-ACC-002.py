R = "AZAI-ACC-002"
WS = "Microsoft.MachineLearningServices/workspaces"
C = "Microsoft.MachineLearningServices/workspaces/computes"
API = "2025-06-01"
WSID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws"


def ws():
    return arm(WS, "ws", API, {"publicNetworkAccess": "Disabled"}, identity={"type": "SystemAssigned"})


def comp(name, props):
    return arm(C, "ws/" + name, API, props, dependsOn=["[resourceId('Microsoft.MachineLearningServices/workspaces', 'ws')]"])


CASES = [
    case("arm_fail", "arm", [
        ws(),
        comp("ci1", {"computeType": "ComputeInstance", "disableLocalAuth": False, "properties": {"vmSize": "Standard_DS3_v2"}}),
    ], [(R, "fail", (1, "properties.disableLocalAuth"))]),
    case("arm_pass", "arm", [
        ws(),
        comp("ci1", {"computeType": "ComputeInstance", "disableLocalAuth": True, "properties": {"vmSize": "Standard_DS3_v2"}}),
        comp("cluster", {"computeType": "AmlCompute", "disableLocalAuth": True, "properties": {"vmSize": "Standard_DS3_v2"}}),
        comp("aks", {"computeType": "AKS", "resourceId": "/subscriptions/x/aks"}),
    ], [(R, "none")], comment="attached compute types (AKS ...) are out of scope"),
    case("arm_absent", "arm", [
        ws(),
        comp("cluster", {"computeType": "AmlCompute", "properties": {"vmSize": "Standard_DS3_v2"}}),
    ], [(R, "fail", (1, "properties"))], comment="absent disableLocalAuth: local authentication stays on"),
    case("arm_param", "arm", [
        ws(),
        comp("ci1", {"computeType": "ComputeInstance", "disableLocalAuth": "[parameters('disableLocalAuth')]"}),
    ], [(R, "fail", (1, "properties.disableLocalAuth"))], parameters={"disableLocalAuth": param("bool", False)}),
    case("arm_unknown", "arm", [
        ws(),
        comp("ci1", {"computeType": "ComputeInstance", "disableLocalAuth": "[reference('cfg').outputs.flag.value]"}),
    ], [(R, "unknown", (1, "properties.disableLocalAuth"))]),
    case("tf_fail", "tf", [
        tf("azurerm_machine_learning_compute_instance", "ci", {"name": "ci", "machine_learning_workspace_id": WSID,
            "virtual_machine_size": "STANDARD_DS2_V2", "local_auth_enabled": True}),
        tf("azurerm_machine_learning_compute_cluster", "cc", {"name": "cc", "machine_learning_workspace_id": WSID,
            "vm_size": "STANDARD_DS2_V2", "vm_priority": "LowPriority", "local_auth_enabled": True}),
    ], [(R, "fail", (0, "local_auth_enabled")), (R, "fail", (1, "local_auth_enabled"))]),
    case("tf_pass", "tf", [
        tf("azurerm_machine_learning_compute_instance", "ci", {"name": "ci", "machine_learning_workspace_id": WSID,
            "virtual_machine_size": "STANDARD_DS2_V2", "local_auth_enabled": False}),
    ], [(R, "none")]),
    case("tf_absent", "tf", [
        tf("azurerm_machine_learning_compute_cluster", "cc", {"name": "cc", "machine_learning_workspace_id": WSID,
            "vm_size": "STANDARD_DS2_V2", "vm_priority": "LowPriority"}),
    ], [(R, "fail", (0, ""))]),
    case("tf_unknown", "tf", [
        tf("azurerm_machine_learning_compute_cluster", "cc", {"name": "cc", "machine_learning_workspace_id": WSID,
            "vm_size": "STANDARD_DS2_V2", "vm_priority": "LowPriority", "local_auth_enabled": UNKNOWN}),
    ], [(R, "unknown", (0, ""))]),
    case("tf_azapi", "tf", [
        tf("azapi_resource", "ci", {"type": "Microsoft.MachineLearningServices/workspaces/computes@2025-06-01",
            "name": "ci", "parent_id": WSID, "location": "eastus",
            "body": {"properties": {"computeType": "ComputeInstance", "properties": {"vmSize": "Standard_DS3_v2"}}}}),
    ], [(R, "fail", (0, "body.properties"))]),
]
