R = "AZAI-EXE-008"

CASES = [
    case("arm_fail", "arm", [arm("Microsoft.App/containerApps", "agent", "2025-07-01", {"template": {"containers": [
        {"name": "c", "image": "x", "resources": {"cpu": 4, "memory": "8Gi"}}]}})],
        [(R, "fail", (0, "properties.template.containers[0].resources.cpu")), (R, "fail", (0, "properties.template.containers[0].resources.memory"))]),
    case("arm_pass", "arm", [arm("Microsoft.App/containerApps", "agent", "2025-07-01", {"template": {"containers": [
        {"name": "c", "image": "x", "resources": {"cpu": 0.5, "memory": "1Gi"}}]}})], [(R, "none")]),
    case("arm_aci", "arm", [arm("Microsoft.ContainerInstance/containerGroups", "run", "2025-09-01", {"osType": "Linux", "containers": [
        {"name": "c", "properties": {"image": "x", "resources": {"requests": {"cpu": 1, "memoryInGB": 2}}}}]})],
        [(R, "fail", (0, "properties.containers[0].properties.resources"))], comment="no resources.limits"),
    case("tf_fail", "tf", [tf("azurerm_container_app", "agent", {"name": "agent", "template": [{"container": [
        {"name": "c", "image": "x", "cpu": 4, "memory": "8Gi"}]}]})],
        [(R, "fail", (0, "template[0].container[0].cpu")), (R, "fail", (0, "template[0].container[0].memory"))]),
]
