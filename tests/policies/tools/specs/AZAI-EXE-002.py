R = "AZAI-EXE-002"
P = "Microsoft.App/sessionPools"
RG = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"


def pool(name, props):
    base = {"poolManagementType": "Dynamic", "containerType": "PythonLTS"}
    base.update(props)
    return arm(P, name, "2025-07-01", base)


CASES = [
    case("arm_fail", "arm", [pool("code", {"sessionNetworkConfiguration": {"status": "EgressEnabled"}})],
         [(R, "fail", (0, "properties.sessionNetworkConfiguration.status"))]),
    case("arm_pass", "arm", [pool("code", {"sessionNetworkConfiguration": {"status": "EgressDisabled"}})], [(R, "none")]),
    case("arm_absent", "arm", [pool("code", {})], [(R, "none")], comment="egress is blocked by default"),
    case("arm_exempt", "arm", [pool("web", {"sessionNetworkConfiguration": {"status": "EgressEnabled"}})], [(R, "none")],
         params={"egressAllowedPools": ["web"]}),
    case("arm_param", "arm", [pool("code", {"sessionNetworkConfiguration": {"status": "[parameters('egress')]"}})],
         [(R, "fail", (0, "properties.sessionNetworkConfiguration.status"))], parameters={"egress": param("string", "EgressEnabled")}),
    case("arm_unknown", "arm", [pool("code", {"sessionNetworkConfiguration": {"status": "[reference('x').outputs.e.value]"}})],
         [(R, "unknown", (0, "properties.sessionNetworkConfiguration.status"))]),
    case("tf_azapi", "tf", [
        tf("azapi_resource", "open", {"type": P + "@2025-07-01", "name": "open", "location": "eastus", "parent_id": RG,
            "body": {"properties": {"poolManagementType": "Dynamic", "sessionNetworkConfiguration": {"status": "EgressEnabled"}}}}),
        tf("azapi_resource", "closed", {"type": P + "@2025-07-01", "name": "closed", "location": "eastus", "parent_id": RG,
            "body": {"properties": {"poolManagementType": "Dynamic"}}}),
    ], [(R, "fail", (0, "body.properties.sessionNetworkConfiguration.status"))]),
]
