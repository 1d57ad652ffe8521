R = "AZAI-ACC-015"
C = "Microsoft.MachineLearningServices/workspaces/computes"
SUBNET = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s"


def comp(name, ctype, props):
    return arm_child(C, "ws/" + name, "2025-06-01", {"computeType": ctype, "disableLocalAuth": True, "properties": props},
                     location="eastus")


CASES = [
    case("arm_fail", "arm", [
        comp("ci", "ComputeInstance", {"vmSize": "STANDARD_DS3_V2", "enableNodePublicIp": True, "sshSettings": {"sshPublicAccess": "Enabled"}}),
        comp("cc", "AmlCompute", {"vmSize": "STANDARD_DS3_V2"}),
    ], [(R, "fail", (0, "properties.properties.sshSettings.sshPublicAccess")), (R, "fail", (0, "properties.properties.enableNodePublicIp")),
        (R, "fail", (1, "properties.properties")), (R, "fail", (1, "properties.properties"))],
        comment="cluster defaults: remoteLoginPortPublicAccess NotSpecified without subnet, enableNodePublicIp true"),
    case("arm_pass", "arm", [
        comp("ci", "ComputeInstance", {"vmSize": "STANDARD_DS3_V2", "enableNodePublicIp": False, "subnet": {"id": SUBNET}}),
        comp("cc", "AmlCompute", {"vmSize": "STANDARD_DS3_V2", "enableNodePublicIp": False, "subnet": {"id": SUBNET},
                                  "remoteLoginPortPublicAccess": "NotSpecified"}),
    ], [(R, "none")], comment="absent sshSettings on an instance: Disabled"),
    case("arm_unknown_default", "arm", [comp("ci", "ComputeInstance", {"vmSize": "STANDARD_DS3_V2"})],
         [(R, "unknown", (0, "properties.properties"), "info")], comment="enableNodePublicIp default undocumented: unknown"),
    case("arm_param", "arm", [comp("ci", "ComputeInstance", {"vmSize": "x", "enableNodePublicIp": "[parameters('pip')]"})],
         [(R, "fail", (0, "properties.properties.enableNodePublicIp"))], parameters={"pip": param("bool", True)}),
    case("tf_fail", "tf", [
        tf("azurerm_machine_learning_compute_instance", "ci", {"name": "ci", "virtual_machine_size": "STANDARD_DS3_V2",
            "ssh": [{"public_key": "ssh-rsa AAA", "username": "azureuser", "port": 22}], "node_public_ip_enabled": True}),
        tf("azurerm_machine_learning_compute_cluster", "cc", {"name": "cc", "vm_size": "STANDARD_DS3_V2", "ssh_public_access_enabled": True}),
    ], [(R, "fail", (0, "ssh")), (R, "fail", (0, "node_public_ip_enabled")), (R, "fail", (1, "ssh_public_access_enabled")),
        (R, "fail", (1, ""))]),
    case("tf_pass", "tf", [
        tf("azurerm_machine_learning_compute_instance", "ci", {"name": "ci", "virtual_machine_size": "x",
            "node_public_ip_enabled": False, "subnet_resource_id": SUBNET}),
        tf("azurerm_machine_learning_compute_cluster", "cc", {"name": "cc", "vm_size": "x", "node_public_ip_enabled": False,
            "subnet_resource_id": SUBNET}),
    ], [(R, "none")]),
]
