R = "AZAI-MOD-010"
OD = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments"
BD = "Microsoft.MachineLearningServices/workspaces/batchEndpoints/deployments"
SE = "Microsoft.MachineLearningServices/workspaces/serverlessEndpoints"
REG = "azureml://registries/azureml/models/Phi-3-mini-4k-instruct/versions/1"
OTHER = "azureml://registries/random-public/models/x/versions/1"
WSID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws"


def od(model):
    return arm(OD, "ws/ep/blue", "2025-06-01", {"endpointComputeType": "Managed", "model": model, "instanceType": "Standard_DS3_v2"},
               sku={"name": "Default", "capacity": 1})


CASES = [
    case("arm_fail", "arm", [od(OTHER), arm(SE, "ws/maas", "2025-12-01", {"authMode": "AAD", "modelSettings": {"modelId": OTHER}}, sku={"name": "Consumption"})],
         [(R, "fail", (0, "properties.model")), (R, "fail", (1, "properties.modelSettings.modelId"))]),
    case("arm_pass", "arm", [od(REG), od(WSID + "/models/mine/versions/2")], [(R, "none")],
         comment="the azureml registry and a workspace model"),
    case("arm_workspace_off", "arm", [od("azureml:mine:2")], [(R, "fail", (0, "properties.model"))], params={"allowWorkspaceModels": False}),
    case("arm_org_registry", "arm", [od("azureml://registries/contoso-models/models/m/versions/3")], [(R, "none")],
         params={"approvedModelRegistries": ["azureml", "contoso-models"]}),
    case("arm_param", "arm", [od("[parameters('model')]")], [(R, "fail", (0, "properties.model"))], parameters={"model": param("string", OTHER)}),
    case("arm_batch", "arm", [arm(BD, "ws/b/d", "2025-06-01", {"model": {"referenceType": "DataPath", "datastoreId": "x", "path": "m"}}),
                              arm(BD, "ws/b/e", "2025-06-01", {"model": {"referenceType": "Id", "assetId": REG}})],
         [(R, "unknown", (0, "properties.model"))], comment="a datastore path is not a registry model: unknown"),
    case("arm_unknown", "arm", [od("[reference('m').outputs.id.value]")], [(R, "unknown", (0, "properties.model"))]),
    case("tf_azapi_fail", "tf", [tf("azapi_resource", "se", {"type": SE + "@2025-12-01", "name": "maas", "parent_id": WSID,
         "body": {"properties": {"modelSettings": {"modelId": OTHER}}}})], [(R, "fail", (0, "body.properties.modelSettings.modelId"))]),
    case("tf_azapi_pass", "tf", [tf("azapi_resource", "od", {"type": OD + "@2025-06-01", "name": "blue", "parent_id": WSID,
         "body": {"properties": {"model": REG}}})], [(R, "none")]),
]
