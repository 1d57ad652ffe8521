R = "AZAI-ACC-904"
C = "Microsoft.MachineLearningServices/workspaces/computes"


def ci(name):
    return arm(C, "ws/" + name, "2025-06-01", {"computeType": "ComputeInstance", "properties": {"vmSize": "Standard_DS3_v2"}})


CASES = [
    case("arm_once", "arm", [ci("a"), ci("b")], [(R, "fail", (0, None))]),
    case("arm_bastion", "arm", [ci("a"), arm("Microsoft.Network/bastionHosts", "bas", "2024-05-01", {})], [(R, "none")]),
    case("tf_once", "tf", [tf("azurerm_machine_learning_compute_instance", "ci", {"name": "ci", "virtual_machine_size": "STANDARD_DS3_V2"})],
         [(R, "fail", (0, None))]),
    case("tf_bastion", "tf", [tf("azurerm_machine_learning_compute_instance", "ci", {"name": "ci"}), tf("azurerm_bastion_host", "b", {"name": "b"})],
         [(R, "none")]),
]
