R = "AZAI-EXE-003"
P = "Microsoft.App/sessionPools"


def pool(dpc):
    return arm(P, "code", "2025-07-01", {"poolManagementType": "Dynamic", "containerType": "PythonLTS", "dynamicPoolConfiguration": dpc})


CASES = [
    case("arm_fail", "arm", [pool({"lifecycleConfiguration": {"lifecycleType": "Timed", "cooldownPeriodInSeconds": 3600}})],
         [(R, "fail", (0, "properties.dynamicPoolConfiguration.lifecycleConfiguration.cooldownPeriodInSeconds"))]),
    case("arm_pass", "arm", [pool({"lifecycleConfiguration": {"lifecycleType": "OnContainerExit", "maxAlivePeriodInSeconds": 600}})], [(R, "none")]),
    case("arm_absent", "arm", [pool({})], [(R, "fail", (0, "properties.dynamicPoolConfiguration"))]),
    case("arm_param", "arm", [pool({"lifecycleConfiguration": {"lifecycleType": "Timed", "cooldownPeriodInSeconds": "[parameters('cd')]"}})],
         [(R, "fail", (0, "properties.dynamicPoolConfiguration.lifecycleConfiguration.cooldownPeriodInSeconds"))],
         parameters={"cd": param("int", 7200)}),
    case("tf_azapi", "tf", [tf("azapi_resource", "pool", {"type": P + "@2025-07-01", "name": "code", "parent_id": "x",
        "body": {"properties": {"dynamicPoolConfiguration": {"lifecycleConfiguration": {"lifecycleType": "Timed", "cooldownPeriodInSeconds": 120}}}}})],
        [(R, "none")]),
]
