R = "AZAI-ACC-014"
S = "Microsoft.ApiManagement/service"
VALIDATE = '<policies><inbound><base /><validate-azure-ad-token tenant-id="t"><audiences><audience>api://gw</audience></audiences></validate-azure-ad-token></inbound><backend><base /></backend><outbound><base /></outbound></policies>'
BASEONLY = '<policies><inbound><base /><set-backend-service base-url="https://oai.openai.azure.com/openai" /></inbound><backend><base /></backend><outbound><base /></outbound></policies>'


def svc():
    return arm(S, "apim", "2024-05-01", {"publisherEmail": "a@b.c", "publisherName": "x"}, sku={"name": "Developer", "capacity": 1},
               identity={"type": "SystemAssigned"})


def api(name="oai", **props):
    p = {"path": name, "serviceUrl": "https://oai.openai.azure.com/openai", "protocols": ["https"]}
    p.update(props)
    return arm_child(S + "/apis", "apim/" + name, "2024-05-01", p)


def pol(t, name, xml, fmt="rawxml"):
    return arm_child(t, name, "2024-05-01", {"format": fmt, "value": xml})


CASES = [
    case("arm_fail", "arm", [svc(), api(), pol(S + "/apis/policies", "apim/oai/policy", BASEONLY)],
         [(R, "fail", (1, "properties"))], comment="subscription keys only"),
    case("arm_anonymous", "arm", [svc(), api(subscriptionRequired=False, protocols=["http", "https"])],
         [(R, "fail", (1, "properties.subscriptionRequired")), (R, "fail", (1, "properties.protocols[0]"))],
         comment="no token validation and no subscription: critical; http: high"),
    case("arm_pass_global", "arm", [svc(), api(), pol(S + "/policies", "apim/policy", VALIDATE),
                                    pol(S + "/apis/policies", "apim/oai/policy", BASEONLY)], [(R, "none")],
         comment="the service policy validates tokens and the API policy keeps <base />"),
    case("arm_link", "arm", [svc(), api(), pol(S + "/apis/policies", "apim/oai/policy", "https://x/p.xml", fmt="rawxml-link")],
         [(R, "unknown", (1, "properties"))]),
    case("arm_not_ai", "arm", [svc(), api(serviceUrl="https://backend.contoso.com")], [(R, "none")]),
    case("tf_fail", "tf", [
        tf("azurerm_api_management_api", "oai", {"name": "oai", "api_management_name": "apim", "resource_group_name": "rg",
            "revision": "1", "service_url": "https://oai.openai.azure.com/openai", "subscription_required": False, "protocols": ["https"]}),
    ], [(R, "fail", (0, "subscription_required"))]),
    case("tf_pass", "tf", [
        tf("azurerm_api_management_api", "oai", {"name": "oai", "api_management_name": "apim", "resource_group_name": "rg",
            "revision": "1", "service_url": "https://oai.openai.azure.com/openai", "subscription_required": True, "protocols": ["https"]}),
        tf("azurerm_api_management_api_policy", "oai", {"api_name": "oai", "api_management_name": "apim",
            "resource_group_name": "rg", "xml_content": VALIDATE}),
    ], [(R, "none")]),
]
