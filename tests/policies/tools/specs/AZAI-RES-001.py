R = "AZAI-RES-001"
ACCT = "Microsoft.CognitiveServices/accounts"
API = "2024-10-01"
RG = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"


def acct(name, props, kind="OpenAI"):
    return arm(ACCT, name, API, props, kind=kind, sku={"name": "S0"})


def tfacct(name, **v):
    base = {"name": name, "kind": v.pop("kind", "OpenAI"), "sku_name": "S0", "location": "eastus",
            "resource_group_name": "rg", "custom_subdomain_name": name}
    base.update(v)
    return tf("azurerm_cognitive_account", name.replace("-", "_"), base)


CASES = [
    case("arm_fail", "arm", [
        acct("oai-public", {"customSubDomainName": "oai-public", "publicNetworkAccess": "Enabled"}),
        acct("oai-allow", {"customSubDomainName": "oai-allow", "publicNetworkAccess": "Enabled",
                           "networkAcls": {"defaultAction": "Allow"}}),
    ], [(R, "fail", (0, "properties.publicNetworkAccess")), (R, "fail", (1, "properties.publicNetworkAccess"))]),
    case("arm_pass", "arm", [
        acct("oai-private", {"customSubDomainName": "oai-private", "publicNetworkAccess": "Disabled"}),
        acct("oai-acl", {"customSubDomainName": "oai-acl", "publicNetworkAccess": "Enabled",
                         "networkAcls": {"defaultAction": "Deny", "ipRules": [{"value": "203.0.113.0/24"}]}}),
        acct("oai-case", {"customSubDomainName": "oai-case", "publicNetworkAccess": "disabled"}),
    ], [(R, "none")]),
    case("arm_strict", "arm", [
        acct("oai-acl", {"customSubDomainName": "oai-acl", "publicNetworkAccess": "Enabled",
                         "networkAcls": {"defaultAction": "Deny"}}),
    ], [(R, "fail", (0, "properties.publicNetworkAccess"))], params={"requirePublicNetworkDisabled": True},
        comment="requirePublicNetworkDisabled: a default-deny ACL alone is not enough"),
    case("arm_absent", "arm", [
        acct("oai-absent", {"customSubDomainName": "oai-absent"}),
    ], [(R, "fail", (0, "properties"))], comment="neither publicNetworkAccess nor networkAcls: public"),
    case("arm_param", "arm", [
        acct("oai-param", {"publicNetworkAccess": "[parameters('publicNetworkAccess')]"}),
    ], [(R, "fail", (0, "properties.publicNetworkAccess"))],
        parameters={"publicNetworkAccess": {"type": "string", "defaultValue": "Enabled",
                                            "allowedValues": ["Enabled", "Disabled"]}}),
    case("arm_unknown", "arm", [
        acct("oai-unknown", {"publicNetworkAccess": "[reference('netSettings').outputs.access.value]"}),
    ], [(R, "unknown", (0, "properties.publicNetworkAccess"))]),
    case("arm_kinds", "arm", [
        acct("speech", {}, kind="SpeechServices"),
        acct("oai", {}, kind="OpenAI"),
    ], [(R, "fail", (1, "properties"))], params={"networkRuleKinds": ["OpenAI", "AIServices"]}),
    case("tf_fail", "tf", [
        tfacct("oai-public", public_network_access_enabled=True),
        tfacct("oai-allow", public_network_access_enabled=True, network_acls=[{"default_action": "Allow", "ip_rules": []}]),
        tf("azurerm_ai_services", "ais", {"name": "ais", "sku_name": "S0", "location": "eastus",
                                           "resource_group_name": "rg", "public_network_access": "Enabled"}),
    ], [(R, "fail", (0, "public_network_access_enabled")), (R, "fail", (1, "public_network_access_enabled")),
        (R, "fail", (2, "public_network_access"))]),
    case("tf_pass", "tf", [
        tfacct("oai-private", public_network_access_enabled=False),
        tfacct("oai-acl", public_network_access_enabled=True,
               network_acls=[{"default_action": "Deny", "ip_rules": ["203.0.113.0/24"]}]),
        tf("azurerm_ai_services", "ais", {"name": "ais", "sku_name": "S0", "location": "eastus",
                                           "resource_group_name": "rg", "public_network_access": "Disabled"}),
    ], [(R, "none")]),
    case("tf_absent", "tf", [
        tfacct("oai-absent"),
    ], [(R, "fail", (0, ""))], comment="public_network_access_enabled defaults to true"),
    case("tf_variable", "tf", [
        tfacct("oai-var", public_network_access_enabled=True),
    ], [(R, "fail", (0, "public_network_access_enabled"))], variables={"public_access": True}),
    case("tf_unknown", "tf", [
        tfacct("oai-unk", public_network_access_enabled=UNKNOWN),
    ], [(R, "unknown", (0, ""))]),
    case("tf_azapi", "tf", [
        tf("azapi_resource", "public", {"type": "Microsoft.CognitiveServices/accounts@2025-06-01", "name": "ais-public",
            "location": "eastus", "parent_id": RG,
            "body": {"kind": "AIServices", "sku": {"name": "S0"}, "properties": {"publicNetworkAccess": "Enabled"}}}),
        tf("azapi_resource", "private", {"type": "Microsoft.CognitiveServices/accounts@2025-06-01", "name": "ais-private",
            "location": "eastus", "parent_id": RG,
            "body": {"kind": "AIServices", "sku": {"name": "S0"}, "properties": {"publicNetworkAccess": "Disabled"}}}),
    ], [(R, "fail", (0, "body.properties.publicNetworkAccess"))]),
]
