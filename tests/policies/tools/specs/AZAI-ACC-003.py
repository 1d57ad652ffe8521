R = "AZAI-ACC-003"
OE = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints"
SE = "Microsoft.MachineLearningServices/workspaces/serverlessEndpoints"
WS = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws"


def oe(name, props, api="2025-06-01"):
    return arm(OE, "ws/" + name, api, props, identity={"type": "SystemAssigned"})


def se(name, props, api="2025-12-01"):
    return arm(SE, "ws/" + name, api, props, sku={"name": "Consumption"})


APIM = arm("Microsoft.ApiManagement/service", "apim", "2024-05-01", {"publisherEmail": "a@b.c", "publisherName": "x"},
           sku={"name": "Developer", "capacity": 1}, identity={"type": "SystemAssigned"})


def api(url):
    return arm_child("Microsoft.ApiManagement/service/apis", "apim/score", "2024-05-01",
                     {"path": "score", "serviceUrl": url, "protocols": ["https"]})


CASES = [
    case("arm_fail", "arm", [
        oe("keyep", {"authMode": "Key", "publicNetworkAccess": "Disabled"}),
        se("maas", {"authMode": "KeyAndAAD", "modelSettings": {"modelId": "azureml://registries/azureml/models/x"}}),
    ], [(R, "fail", (0, "properties.authMode")), (R, "fail", (1, "properties.authMode"))]),
    case("arm_pass", "arm", [
        oe("aadep", {"authMode": "AADToken", "publicNetworkAccess": "Disabled"}),
        se("maas", {"authMode": "AAD"}),
    ], [(R, "none")]),
    case("arm_absent_public", "arm", [oe("ep", {"authMode": "AADToken"})],
         [(R, "fail", (0, "properties"))], comment="publicNetworkAccess absent: enabled (reported as low)"),
    case("arm_old_api", "arm", [se("maas", {"authMode": "Key"}, api="2025-06-01")],
         [(R, "fail", (0, "properties.authMode"))], comment="message: AAD needs apiVersion 2025-12-01"),
    case("arm_gateway_low", "arm", [
        oe("keyep", {"authMode": "Key", "publicNetworkAccess": "Disabled"}), APIM,
        api("https://keyep.eastus.inference.ml.azure.com/score"),
    ], [(R, "fail", (0, "properties.authMode"), "low")], comment="fronted by API Management: still a finding, severity low"),
    case("arm_param", "arm", [oe("ep", {"authMode": "[parameters('auth')]", "publicNetworkAccess": "Disabled"})],
         [(R, "fail", (0, "properties.authMode"))], parameters={"auth": param("string", "AMLToken")}),
    case("arm_aml_allowed", "arm", [oe("ep", {"authMode": "AMLToken", "publicNetworkAccess": "Disabled"})],
         [(R, "none")], params={"allowAmlToken": True}),
    case("arm_unknown", "arm", [oe("ep", {"authMode": "[reference('cfg').outputs.mode.value]", "publicNetworkAccess": "Disabled"})],
         [(R, "unknown", (0, "properties.authMode"))]),
    case("tf_azapi", "tf", [
        tf("azapi_resource", "ep", {"type": OE + "@2025-06-01", "name": "ep", "parent_id": WS, "location": "eastus",
            "body": {"properties": {"authMode": "Key", "publicNetworkAccess": "Disabled"}}}),
        tf("azapi_resource", "maas", {"type": SE + "@2025-12-01", "name": "maas", "parent_id": WS, "location": "eastus",
            "body": {"properties": {"authMode": "AAD"}}}),
    ], [(R, "fail", (0, "body.properties.authMode"))]),
]

# Issue 5, third pass: a backend whose url is read from the endpoint at deployment fronts it (low).
CASES += [
    case("arm_gateway_reference", "arm", [
        oe("keyep", {"authMode": "Key", "publicNetworkAccess": "Disabled"}), APIM,
        arm_child("Microsoft.ApiManagement/service/backends", "apim/ml", "2024-05-01", {"protocol": "http",
            "url": "[reference(resourceId('Microsoft.MachineLearningServices/workspaces/onlineEndpoints', 'ws', 'keyep'), '2025-06-01').scoringUri]"}),
    ], [(R, "fail", (0, "properties.authMode"), "low")], comment="severity low: the backend url is reference(endpoint).scoringUri"),
]
