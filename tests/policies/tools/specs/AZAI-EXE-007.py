R = "AZAI-EXE-007"

CASES = [
    case("arm_fail", "arm", [arm("Microsoft.App/jobs", "task", "2025-07-01", {"configuration": {"triggerType": "Manual", "replicaTimeout": 86400,
        "manualTriggerConfig": {"parallelism": 1}}, "template": {"containers": []}})],
        [(R, "fail", (0, "properties.configuration.replicaTimeout")), (R, "fail", (0, "properties.configuration"))]),
    case("arm_pass", "arm", [arm("Microsoft.App/jobs", "task", "2025-07-01", {"configuration": {"triggerType": "Manual", "replicaTimeout": 600,
        "replicaRetryLimit": 1}, "template": {"containers": []}})], [(R, "none")]),
    case("arm_aci", "arm", [arm("Microsoft.ContainerInstance/containerGroups", "run", "2025-09-01", {"osType": "Linux", "containers": []})],
         [(R, "fail", (0, "properties"))], comment="restartPolicy defaults to Always"),
    case("tf_fail", "tf", [tf("azurerm_container_app_job", "task", {"name": "task", "replica_timeout_in_seconds": 600, "replica_retry_limit": 10})],
         [(R, "fail", (0, "replica_retry_limit"))]),
]
