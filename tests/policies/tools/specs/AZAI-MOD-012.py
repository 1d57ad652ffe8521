R = "AZAI-MOD-012"
S = "Microsoft.ApiManagement/service"


def acct(props=None):
    p = {"customSubDomainName": "oai"}
    p.update(props or {})
    return arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", p, kind="OpenAI", sku={"name": "S0"})


def svc():
    return arm(S, "apim", "2024-05-01", {"publisherEmail": "a@b.c", "publisherName": "x"}, sku={"name": "Developer", "capacity": 1},
               identity={"type": "SystemAssigned"})


def api(url):
    return arm_child(S + "/apis", "apim/oai", "2024-05-01", {"path": "oai", "serviceUrl": url, "protocols": ["https"]})


URL = "https://oai.openai.azure.com/openai"
CASES = [
    case("arm_no_gateway", "arm", [acct()], [(R, "none")], comment="no gateway in the deployment and requireGateway false: not checked"),
    case("arm_not_fronted", "arm", [acct({"publicNetworkAccess": "Disabled"}), svc(), api("https://other.contoso.com")],
         [(R, "fail", (0, None))], comment="a gateway exists but does not front the account: info"),
    case("arm_public", "arm", [acct(), svc(), api(URL)], [(R, "fail", (0, "properties"))],
         comment="fronted, but the account is still public: info"),
    case("arm_pass", "arm", [acct({"publicNetworkAccess": "Disabled"}), svc(), api(URL)], [(R, "none")]),
    case("arm_reference", "arm", [acct({"publicNetworkAccess": "Disabled"}), svc(),
         api("[concat(reference(resourceId('Microsoft.CognitiveServices/accounts', 'oai'), '2024-10-01').endpoint, 'openai')]")],
         [(R, "none")], comment="serviceUrl read from the account at deployment"),
    case("arm_required", "arm", [acct({"publicNetworkAccess": "Disabled"})], [(R, "fail", (0, None))], params={"requireGateway": True}),
    case("arm_param", "arm", [acct({"publicNetworkAccess": "[parameters('pna')]"}), svc(), api(URL)],
         [(R, "fail", (0, "properties.publicNetworkAccess"))], parameters={"pna": param("string", "Enabled")}),
    case("tf_fail", "tf", [
        tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI", "sku_name": "S0", "custom_subdomain_name": "oai"}),
        tf("azurerm_api_management", "gw", {"name": "gw", "sku_name": "Developer_1"}),
        tf("azurerm_api_management_api", "oai", {"name": "oai", "api_management_name": "gw", "service_url": URL}),
    ], [(R, "fail", (0, ""))], comment="public_network_access_enabled defaults to true"),
    case("tf_pass", "tf", [
        tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI", "sku_name": "S0", "custom_subdomain_name": "oai",
            "public_network_access_enabled": False}),
        tf("azurerm_api_management", "gw", {"name": "gw", "sku_name": "Developer_1"}),
        tf("azurerm_api_management_api", "oai", {"name": "oai", "api_management_name": "gw", "service_url": URL}),
    ], [(R, "none")]),
    case("tf_azapi", "tf", [tf("azapi_resource", "ep", {"type": "Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-06-01",
         "name": "ep", "parent_id": "x", "body": {"properties": {"authMode": "AADToken"}}})],
         [(R, "fail", (0, None))], params={"requireGateway": True}),
]
