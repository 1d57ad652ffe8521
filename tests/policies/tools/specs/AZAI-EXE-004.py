R = "AZAI-EXE-004"
P = "Microsoft.App/sessionPools"


def pool(scale, containers=None):
    props = {"poolManagementType": "Dynamic", "containerType": "CustomContainer" if containers else "PythonLTS", "scaleConfiguration": scale}
    if containers:
        props["customContainerTemplate"] = {"containers": containers}
    return arm(P, "code", "2025-07-01", props)


CASES = [
    case("arm_fail", "arm", [pool({"maxConcurrentSessions": 500, "readySessionInstances": 5},
                                  [{"name": "c", "image": "acr.azurecr.io/x:1", "resources": {"cpu": 4, "memory": "8Gi"}}])],
         [(R, "fail", (0, "properties.scaleConfiguration.maxConcurrentSessions")),
          (R, "fail", (0, "properties.customContainerTemplate.containers[0].resources.cpu")),
          (R, "fail", (0, "properties.customContainerTemplate.containers[0].resources.memory"))]),
    case("arm_pass", "arm", [pool({"maxConcurrentSessions": 20, "readySessionInstances": 2},
                                  [{"name": "c", "image": "acr.azurecr.io/x:1", "resources": {"cpu": 1, "memory": "2Gi"}}])], [(R, "none")]),
    case("arm_absent", "arm", [pool({})], [(R, "fail", (0, "properties.scaleConfiguration"))]),
    case("tf_azapi", "tf", [tf("azapi_resource", "pool", {"type": P + "@2025-07-01", "name": "code", "parent_id": "x",
        "body": {"properties": {"containerType": "PythonLTS", "scaleConfiguration": {"maxConcurrentSessions": 100}}}})],
        [(R, "fail", (0, "body.properties.scaleConfiguration.maxConcurrentSessions"))]),
]
