R = "AZAI-EXE-001"
P = "Microsoft.App/sessionPools"
RG = "/subscriptions/0/resourceGroups/rg"
LC = {"lifecycleConfiguration": {"lifecycleType": "Timed", "cooldownPeriodInSeconds": 300}}

CASES = [
    case("arm_fail", "arm", [arm(P, "code", "2025-07-01", {"poolManagementType": "Manual", "containerType": "PythonLTS", "dynamicPoolConfiguration": LC})],
         [(R, "fail", (0, "properties.poolManagementType"))]),
    case("arm_pass", "arm", [
        arm(P, "code", "2025-07-01", {"poolManagementType": "Dynamic", "containerType": "PythonLTS", "dynamicPoolConfiguration": LC}),
        arm(P, "old", "2024-08-02-preview", {"poolManagementType": "Dynamic", "containerType": "PythonLTS",
                                              "dynamicPoolConfiguration": {"executionType": "Timed", "cooldownPeriodInSeconds": 300}}),
    ], [(R, "none")], comment="the older preview shape executionType Timed is accepted"),
    case("arm_absent", "arm", [arm(P, "code", "2025-07-01", {"poolManagementType": "Dynamic", "containerType": "PythonLTS"})],
         [(R, "fail", (0, "properties"))]),
    case("arm_agents_info", "arm", [
        arm("Microsoft.CognitiveServices/accounts", "ais", "2025-06-01", {"allowProjectManagement": True}, kind="AIServices", sku={"name": "S0"}),
        arm_child("Microsoft.CognitiveServices/accounts/projects", "ais/proj", "2025-06-01", {}, location="eastus"),
    ], [(R, "fail", (1, None))], comment="agent hosting without a session pool: info"),
    case("tf_azapi", "tf", [tf("azapi_resource", "pool", {"type": P + "@2025-07-01", "name": "code", "parent_id": RG, "location": "eastus",
        "body": {"properties": {"poolManagementType": "Dynamic", "containerType": "Shell", "dynamicPoolConfiguration": LC}}})],
        [(R, "fail", (0, "body.properties.containerType"))]),
]
