R = "AZAI-MOD-013"
S = "Microsoft.ApiManagement/service"
MI = '<policies><inbound><base /><authentication-managed-identity resource="https://cognitiveservices.azure.com/" /></inbound></policies>'
KEY = '<policies><inbound><base /><set-header name="api-key" exists-action="override"><value>{{oai-key}}</value></set-header></inbound></policies>'
COMMENTED = '<policies><inbound><base /><!-- <authentication-managed-identity resource="https://cognitiveservices.azure.com" /> --></inbound></policies>'


def svc(identity=True):
    extra = {"identity": {"type": "SystemAssigned"}} if identity else {}
    return arm(S, "apim", "2024-05-01", {"publisherEmail": "a@b.c", "publisherName": "x"}, sku={"name": "Developer", "capacity": 1}, **extra)


def api():
    return arm_child(S + "/apis", "apim/oai", "2024-05-01", {"path": "oai", "serviceUrl": "https://oai.openai.azure.com/openai"})


def pol(xml, fmt="rawxml"):
    return arm_child(S + "/apis/policies", "apim/oai/policy", "2024-05-01", {"format": fmt, "value": xml})


def nv(kv):
    p = {"displayName": "oai-key", "secret": True}
    if kv:
        p["keyVault"] = {"secretIdentifier": "https://kv.vault.azure.net/secrets/oai-key"}
    else:
        p["value"] = "[parameters('k')]"
    return arm_child(S + "/namedValues", "apim/oai-key", "2024-05-01", p)


CASES = [
    case("arm_fail", "arm", [svc(identity=False), api(), pol(KEY), nv(False)],
         [(R, "fail", (0, None)), (R, "fail", (1, "properties")), (R, "fail", (2, "properties.value"))],
         parameters={"k": param("securestring", "x")}, comment="no identity, no managed-identity authentication, an api-key header"),
    case("arm_pass", "arm", [svc(), api(), pol(MI)], [(R, "none")]),
    case("arm_commented", "arm", [svc(), api(), pol(COMMENTED)], [(R, "fail", (1, "properties"))]),
    case("arm_kv_key", "arm", [svc(), api(), pol(MI.replace("</inbound>", '<set-header name="api-key" exists-action="override"><value>{{oai-key}}</value></set-header></inbound>')), nv(True)],
         [(R, "none")], params={"allowKeyVaultBackedKeys": True}, comment="a Key Vault-backed named value is accepted when allowed"),
    case("arm_link", "arm", [svc(), api(), pol("https://x/p.xml", fmt="rawxml-link")], [(R, "unknown", (1, "properties"))]),
    case("arm_backend_key", "arm", [svc(), arm_child(S + "/backends", "apim/aoai", "2024-05-01",
         {"protocol": "http", "url": "https://oai.openai.azure.com/openai", "credentials": {"header": {"api-key": ["{{oai-key}}"]}}})],
         [(R, "fail", (1, "properties.credentials.header"))]),
    case("tf_fail", "tf", [
        tf("azurerm_api_management", "gw", {"name": "gw", "sku_name": "Developer_1"}),
        tf("azurerm_api_management_api", "oai", {"name": "oai", "api_management_name": "gw", "service_url": "https://oai.openai.azure.com/openai"}),
        tf("azurerm_api_management_api_policy", "oai", {"api_name": "oai", "api_management_name": "gw", "xml_content": KEY}),
    ], [(R, "fail", (0, "")), (R, "fail", (1, "service_url")), (R, "fail", (2, "xml_content"))]),
    case("tf_pass", "tf", [
        tf("azurerm_api_management", "gw", {"name": "gw", "sku_name": "Developer_1", "identity": [{"type": "SystemAssigned"}]}),
        tf("azurerm_api_management_api", "oai", {"name": "oai", "api_management_name": "gw", "service_url": "https://oai.openai.azure.com/openai"}),
        tf("azurerm_api_management_api_policy", "oai", {"api_name": "oai", "api_management_name": "gw", "xml_content": MI}),
    ], [(R, "none")]),
]
