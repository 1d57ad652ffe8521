R = "AZAI-RES-003"
ACCT = "Microsoft.CognitiveServices/accounts"
API = "2024-10-01"
RG = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"


def acct(name, props, kind="OpenAI"):
    return arm(ACCT, name, API, props, kind=kind, sku={"name": "S0"})


def tfa(name, **v):
    base = {"name": name, "kind": v.pop("kind", "OpenAI"), "sku_name": "S0", "location": "eastus", "resource_group_name": "rg"}
    base.update(v)
    return tf("azurerm_cognitive_account", name.replace("-", "_"), base)


CASES = [
    case("arm_fail", "arm", [
        acct("oai-open", {"restrictOutboundNetworkAccess": False, "allowedFqdnList": []}),
    ], [(R, "fail", (0, "properties.restrictOutboundNetworkAccess")), (R, "fail", (0, "properties.allowedFqdnList"))]),
    case("arm_pass", "arm", [
        acct("oai-closed", {"restrictOutboundNetworkAccess": True, "allowedFqdnList": ["contoso.blob.core.windows.net"]}),
        acct("speech", {}, kind="SpeechServices"),
    ], [(R, "none")], comment="non-generative kinds are out of scope"),
    case("arm_absent", "arm", [acct("oai-absent", {"customSubDomainName": "oai-absent"}, kind="AIServices")],
         [(R, "fail", (0, "properties")), (R, "fail", (0, "properties"))]),
    case("arm_param", "arm", [
        acct("oai-param", {"restrictOutboundNetworkAccess": "[parameters('restrict')]",
                           "allowedFqdnList": "[parameters('fqdns')]"}),
    ], [(R, "none")], parameters={"restrict": param("bool", True), "fqdns": param("array", ["contoso.search.windows.net"])}),
    case("arm_patterns", "arm", [
        acct("oai", {"restrictOutboundNetworkAccess": True, "allowedFqdnList": ["a.contoso.com", "evil.example.net"]}),
    ], [(R, "fail", (0, "properties.allowedFqdnList[1]"))], params={"allowedFqdnPatterns": ["*.contoso.com"]}),
    case("arm_agent_injection", "arm", [
        acct("ais", {"restrictOutboundNetworkAccess": True, "allowedFqdnList": ["a.contoso.com"]}, kind="AIServices"),
    ], [(R, "fail", (0, "properties"))], params={"requireAgentNetworkInjection": True}),
    case("arm_unknown", "arm", [
        acct("oai", {"restrictOutboundNetworkAccess": "[reference('cfg').outputs.restrict.value]",
                     "allowedFqdnList": ["a.contoso.com"]}),
    ], [(R, "unknown", (0, "properties.restrictOutboundNetworkAccess"))]),
    case("tf_fail", "tf", [tfa("oai", outbound_network_access_restricted=False, fqdns=None)],
         [(R, "fail", (0, "outbound_network_access_restricted")), (R, "fail", (0, "fqdns"))]),
    case("tf_pass", "tf", [
        tfa("oai", outbound_network_access_restricted=True, fqdns=["contoso.blob.core.windows.net"]),
        tf("azurerm_ai_services", "ais", {"name": "ais", "sku_name": "S0", "location": "eastus", "resource_group_name": "rg",
            "outbound_network_access_restricted": True, "fqdns": ["contoso.blob.core.windows.net"]}),
    ], [(R, "none")]),
    case("tf_absent", "tf", [
        tf("azurerm_ai_services", "ais", {"name": "ais", "sku_name": "S0", "location": "eastus", "resource_group_name": "rg"}),
    ], [(R, "fail", (0, "")), (R, "fail", (0, ""))], comment="azurerm_ai_services is always kind AIServices"),
    case("tf_unknown", "tf", [tfa("oai", outbound_network_access_restricted=UNKNOWN, fqdns=["a.contoso.com"])],
         [(R, "unknown", (0, ""))]),
    case("tf_azapi", "tf", [
        tf("azapi_resource", "ais", {"type": "Microsoft.CognitiveServices/accounts@2025-06-01", "name": "ais",
            "location": "eastus", "parent_id": RG, "body": {"kind": "AIServices", "sku": {"name": "S0"},
                "properties": {"restrictOutboundNetworkAccess": True, "allowedFqdnList": []}}}),
    ], [(R, "fail", (0, "body.properties.allowedFqdnList"))]),
]
