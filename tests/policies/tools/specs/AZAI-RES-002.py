R = "AZAI-RES-002"
SUB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/"


def acct(name="oai", kind="OpenAI"):
    return arm("Microsoft.CognitiveServices/accounts", name, "2024-10-01", {"customSubDomainName": name, "publicNetworkAccess": "Disabled"},
               kind=kind, sku={"name": "S0"})


def pe(name, target, group):
    return arm("Microsoft.Network/privateEndpoints", name, "2024-05-01", {
        "subnet": {"id": SUB + "Microsoft.Network/virtualNetworks/vnet/subnets/pe"},
        "privateLinkServiceConnections": [{"name": name, "properties": {"privateLinkServiceId": target, "groupIds": [group]}}]})


CASES = [
    case("arm_fail", "arm", [acct(), arm("Microsoft.Search/searchServices", "srch", "2025-05-01", {}, sku={"name": "basic"})],
         [(R, "fail", (0, None)), (R, "fail", (1, None))], comment="no private endpoint at all"),
    case("arm_pass", "arm", [acct(), pe("pe-oai", "[resourceId('Microsoft.CognitiveServices/accounts', 'oai')]", "account"),
         arm("Microsoft.MachineLearningServices/workspaces", "proj", "2025-06-01", {"hubResourceId": "x"}, kind="Project")],
         [(R, "none")], comment="a Project inherits its hub's network"),
    case("arm_wrong_group", "arm", [acct(), pe("pe-oai", "[resourceId('Microsoft.CognitiveServices/accounts', 'oai')]", "blob")],
         [(R, "fail", (0, None))]),
    case("arm_param", "arm", [acct(), pe("pe-oai", "[resourceId('Microsoft.CognitiveServices/accounts', parameters('acct'))]", "account")],
         [(R, "none")], parameters={"acct": param("string", "oai")}),
    case("arm_unknown", "arm", [acct(), pe("pe-x", "[reference('other').outputs.id.value]", "account")],
         [(R, "unknown", (1, "properties.privateLinkServiceConnections[0].properties.privateLinkServiceId"))], comment="the endpoint's target is known only at deployment"),
    case("arm_off", "arm", [acct()], [(R, "none")], params={"requirePrivateEndpoint": False}),
    case("arm_kinds", "arm", [acct(kind="TextAnalytics")], [(R, "none")], params={"privateEndpointKinds": ["OpenAI"]}),
    case("tf_fail", "tf", [tf("azurerm_search_service", "s", {"name": "s", "sku": "basic"})], [(R, "fail", (0, None))]),
    case("tf_pass", "tf", [
        tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI", "sku_name": "S0"}),
        tf("azurerm_private_endpoint", "pe", {"name": "pe", "subnet_id": "x", "private_service_connection": [
            {"name": "c", "private_connection_resource_id": UNKNOWN, "subresource_names": ["account"], "is_manual_connection": False}]},
           expressions={"private_service_connection": [{"private_connection_resource_id": {"references": ["azurerm_cognitive_account.oai.id", "azurerm_cognitive_account.oai"]}}]}),
    ], [(R, "none")], comment="private_connection_resource_id = azurerm_cognitive_account.oai.id (known after apply)"),
    case("tf_azapi", "tf", [tf("azapi_resource", "ws", {"type": "Microsoft.MachineLearningServices/workspaces@2025-06-01", "name": "hub",
         "parent_id": "x", "body": {"kind": "Hub", "properties": {}}})], [(R, "fail", (0, None))]),
]
