R = "AZAI-EXE-005"
P = "Microsoft.App/sessionPools"


def pool(props):
    base = {"poolManagementType": "Dynamic", "containerType": "CustomContainer"}
    base.update(props)
    return arm(P, "code", "2025-07-01", base, identity={"type": "SystemAssigned"})


CASES = [
    case("arm_fail", "arm", [pool({"managedIdentitySettings": [{"identity": "system", "lifecycle": "Main"}],
                                   "secrets": [{"name": "tok", "value": "plain-text"}]})],
         [(R, "fail", (0, "properties.managedIdentitySettings[0].lifecycle")), (R, "fail", (0, "properties.secrets[0].value"))]),
    case("arm_pass", "arm", [pool({"managedIdentitySettings": [{"identity": "system", "lifecycle": "None"}],
                                   "secrets": [{"name": "tok", "value": "[parameters('tok')]"}]})], [(R, "none")],
         parameters={"tok": param("securestring", "x")}),
    case("arm_absent", "arm", [pool({})], [(R, "none")], comment="no managedIdentitySettings: lifecycle None"),
    case("arm_init", "arm", [pool({"managedIdentitySettings": [{"identity": "system", "lifecycle": "Init"}]})],
         [(R, "unknown", (0, "properties.managedIdentitySettings[0].lifecycle"))]),
    case("tf_azapi", "tf", [tf("azapi_resource", "pool", {"type": P + "@2025-07-01", "name": "code", "parent_id": "x",
        "body": {"properties": {"managedIdentitySettings": [{"identity": "system", "lifecycle": "All"}]}}})],
        [(R, "fail", (0, "body.properties.managedIdentitySettings[0].lifecycle"))]),
]
