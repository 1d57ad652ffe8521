R = "AZAI-EXE-009"

CASES = [
    case("arm_fail", "arm", [
        arm("Microsoft.App/managedEnvironments", "env", "2025-07-01", {"publicNetworkAccess": "Enabled"}),
        arm("Microsoft.App/containerApps", "agent", "2025-07-01", {"configuration": {"ingress": {"external": True, "allowInsecure": True, "targetPort": 80}}}),
    ], [(R, "fail", (0, "properties.publicNetworkAccess")), (R, "fail", (1, "properties.configuration.ingress.external")),
        (R, "fail", (1, "properties.configuration.ingress.allowInsecure"))]),
    case("arm_pass", "arm", [
        arm("Microsoft.App/managedEnvironments", "env", "2025-07-01", {"vnetConfiguration": {"internal": True, "infrastructureSubnetId": "/s"}}),
        arm("Microsoft.App/containerApps", "agent", "2025-07-01", {"configuration": {"ingress": {"targetPort": 80}}}),
        arm("Microsoft.ContainerInstance/containerGroups", "run", "2025-09-01", {"osType": "Linux", "containers": [],
            "ipAddress": {"type": "Private", "ports": []}, "subnetIds": [{"id": "/s"}]}),
    ], [(R, "none")], comment="ingress external and allowInsecure default to false"),
    case("tf_fail", "tf", [tf("azurerm_container_group", "run", {"name": "run", "os_type": "Linux", "container": []})],
         [(R, "fail", (0, ""))], comment="ip_address_type defaults to Public"),
]
