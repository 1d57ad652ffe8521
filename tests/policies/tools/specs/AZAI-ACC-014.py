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

# Issue 5, third pass: policies are parsed as XML.
JWT_ENTRA = '<policies><inbound><base /><validate-jwt header-name="Authorization"><openid-config url="https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration" /><audiences><audience>api://gw</audience></audiences></validate-jwt></inbound></policies>'
JWT_OTHER = '<policies><inbound><base /><validate-jwt header-name="Authorization"><openid-config url="https://idp.example.com/.well-known/openid-configuration" /></validate-jwt></inbound></policies>'
COMMENTED = '<policies><inbound><base /><!-- <validate-azure-ad-token tenant-id="t" /> --></inbound></policies>'
NOBASE = '<policies><inbound><set-header name="x" exists-action="override"><value>1</value></set-header></inbound><backend><base /></backend></policies>'
CASES += [
    case("arm_jwt_entra", "arm", [svc(), api(), pol(S + "/apis/policies", "apim/oai/policy", JWT_ENTRA)], [(R, "none")],
         comment="validate-jwt with the Entra ID openid-config"),
    case("arm_jwt_other_idp", "arm", [svc(), api(), pol(S + "/apis/policies", "apim/oai/policy", JWT_OTHER)],
         [(R, "fail", (1, "properties"))], comment="validate-jwt against another identity provider is not Entra ID"),
    case("arm_commented", "arm", [svc(), api(), pol(S + "/apis/policies", "apim/oai/policy", COMMENTED)],
         [(R, "fail", (1, "properties"))], comment="an element inside an XML comment is not a policy"),
    case("arm_no_base", "arm", [svc(), api(), pol(S + "/policies", "apim/policy", VALIDATE),
                                pol(S + "/apis/policies", "apim/oai/policy", NOBASE)],
         [(R, "fail", (1, "properties"))], comment="the API inbound policy drops <base />: the service validation does not apply"),
    case("arm_audience", "arm", [svc(), api(), pol(S + "/apis/policies", "apim/oai/policy", VALIDATE)],
         [(R, "fail", (1, "properties"))], params={"requiredAudiences": ["api://other"]}),
    case("arm_bad_xml", "arm", [svc(), api(), pol(S + "/apis/policies", "apim/oai/policy",
         '<policies><inbound><base /><set-variable name="n" value="@(1 < 2)" /></inbound></policies>')],
         [(R, "unknown", (1, "properties"))], scratch=False, comment="not well-formed XML: unknown"),
    case("arm_reference_backend", "arm", [
        arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {"customSubDomainName": "oai"}, kind="OpenAI", sku={"name": "S0"}),
        svc(),
        arm_child(S + "/backends", "apim/aoai", "2024-05-01", {"protocol": "http",
            "url": "[reference(resourceId('Microsoft.CognitiveServices/accounts', 'oai'), '2024-10-01').endpoint]"}),
        api(serviceUrl="https://placeholder.contoso.com"),
        pol(S + "/apis/policies", "apim/oai/policy", '<policies><inbound><base /><set-backend-service backend-id="aoai" /></inbound></policies>'),
    ], [(R, "fail", (3, "properties"))], comment="the API routes to a backend whose url is reference(account).endpoint"),
]
