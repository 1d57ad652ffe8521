R = "AZAI-EXE-901"
SP = "Microsoft.App/sessionPools"


def pool(name):
    return arm(SP, name, "2025-07-01", {"poolManagementType": "Dynamic", "containerType": "PythonLTS"})


CASES = [
    case("arm_once", "arm", [pool("a"), pool("b")], [(R, "fail", (0, None))]),
    case("arm_compute", "arm", [arm("Microsoft.MachineLearningServices/workspaces/computes", "ws/cluster", "2025-06-01", {"computeType": "AmlCompute"}),
                                arm("Microsoft.MachineLearningServices/workspaces/computes", "ws/ci", "2025-06-01", {"computeType": "ComputeInstance"})],
         [(R, "fail", (1, None))], comment="clusters are not a trigger; the compute instance is"),
    case("arm_none", "arm", [arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {}, kind="OpenAI")], [(R, "none")]),
    case("tf_azapi", "tf", [tf("azapi_resource", "sp", {"type": SP + "@2025-07-01", "name": "sp", "parent_id": "x", "body": {"properties": {}}}),
                            tf("azurerm_machine_learning_compute_instance", "ci", {"name": "ci"})], [(R, "fail", (0, None))]),
]
