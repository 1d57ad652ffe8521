R = "AZAI-EXE-006"

CASES = [
    case("arm_fail", "arm", [arm("Microsoft.App/containerApps", "agent", "2025-07-01", {
        "configuration": {"registries": [{"server": "docker.io", "username": "me", "passwordSecretRef": "pw"}]},
        "template": {"containers": [{"name": "c", "image": "python:3.12"}]}})],
        [(R, "fail", (0, "properties.configuration.registries[0]")), (R, "fail", (0, "properties.template.containers[0].image"))]),
    case("arm_pass", "arm", [arm("Microsoft.App/containerApps", "agent", "2025-07-01", {
        "configuration": {"registries": [{"server": "org.azurecr.io", "identity": "system"}]},
        "template": {"containers": [{"name": "c", "image": "org.azurecr.io/agent@sha256:abc"}]}})], [(R, "none")]),
    case("arm_digest", "arm", [arm("Microsoft.ContainerInstance/containerGroups", "job", "2025-09-01", {
        "containers": [{"name": "c", "properties": {"image": "mcr.microsoft.com/azure-cli:2.60", "resources": {"requests": {"cpu": 1, "memoryInGB": 1}}}}],
        "osType": "Linux"})], [(R, "fail", (0, "properties.containers[0].properties.image"))], params={"requireDigest": True}),
    case("tf_fail", "tf", [tf("azurerm_container_group", "job", {"name": "job", "os_type": "Linux",
        "container": [{"name": "c", "image": "ghcr.io/x/y:latest", "cpu": 1, "memory": 1}],
        "image_registry_credential": [{"server": "ghcr.io", "username": "u", "password": "p"}]})],
        [(R, "fail", (0, "container[0].image")), (R, "fail", (0, "image_registry_credential[0]"))]),
]
