R = "AZAI-EXE-011"
D = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments"

CASES = [
    case("arm_fail", "arm", [arm_child(D, "ws/ep/blue", "2025-06-01", {"endpointComputeType": "Managed", "model": "azureml://registries/azureml/models/m/versions/1",
        "requestSettings": {"requestTimeout": "PT90S"}}, location="eastus", sku={"name": "Default", "capacity": 1})],
        [(R, "fail", (0, "properties")), (R, "fail", (0, "properties.requestSettings.requestTimeout"))],
        comment="egressPublicNetworkAccess absent: Enabled"),
    case("arm_pass", "arm", [arm_child(D, "ws/ep/blue", "2025-06-01", {"endpointComputeType": "Managed", "egressPublicNetworkAccess": "Disabled"},
        location="eastus")], [(R, "none")], comment="requestTimeout absent: 5 s"),
    case("tf_azapi", "tf", [tf("azapi_resource", "dep", {"type": D + "@2025-06-01", "name": "blue", "parent_id": "x",
        "body": {"properties": {"endpointComputeType": "Managed", "egressPublicNetworkAccess": "Enabled"}}})],
        [(R, "fail", (0, "body.properties.egressPublicNetworkAccess"))]),
]
