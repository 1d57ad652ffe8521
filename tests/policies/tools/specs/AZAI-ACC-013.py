R = "AZAI-ACC-013"


def acct(name, acls):
    return arm("Microsoft.CognitiveServices/accounts", name, "2024-10-01", {"customSubDomainName": name,
               "publicNetworkAccess": "Enabled", "networkAcls": acls}, kind="OpenAI", sku={"name": "S0"})


CASES = [
    case("arm_fail", "arm", [
        acct("oai", {"defaultAction": "Deny", "ipRules": [{"value": "0.0.0.0/0"}, {"value": "10.0.0.0/8"}, {"value": "203.0.113.0/24"}]}),
        arm("Microsoft.Search/searchServices", "srch", "2025-05-01", {"networkRuleSet": {"ipRules": [{"value": "*"}]}}, sku={"name": "basic"}),
    ], [(R, "fail", (0, "properties.networkAcls.ipRules[0].value")), (R, "fail", (0, "properties.networkAcls.ipRules[1].value")),
        (R, "fail", (1, "properties.networkRuleSet.ipRules[0].value"))]),
    case("arm_pass", "arm", [acct("oai", {"defaultAction": "Deny", "bypass": "AzureServices",
                                          "ipRules": [{"value": "203.0.113.0/24"}, {"value": "198.51.100.7"}]})], [(R, "none")]),
    case("arm_absent", "arm", [acct("oai", {"defaultAction": "Deny"})], [(R, "none")], comment="no IP rules: nothing admitted"),
    case("arm_bypass", "arm", [acct("oai", {"defaultAction": "Deny", "bypass": "AzureServices"})],
         [(R, "fail", (0, "properties.networkAcls.bypass"))], params={"allowTrustedServicesBypass": False}),
    case("arm_trusted", "arm", [acct("oai", {"defaultAction": "Deny", "ipRules": [{"value": "198.51.100.0/24"}, {"value": "203.0.113.0/24"}]})],
         [(R, "fail", (0, "properties.networkAcls.ipRules[1].value"))], params={"trustedCidrs": ["198.51.100.*"]}),
    case("arm_param", "arm", [acct("oai", {"defaultAction": "Deny", "ipRules": "[parameters('ipRules')]"})],
         [(R, "fail", (0, "properties.networkAcls.ipRules@"))], parameters={"ipRules": param("array", [{"value": "0.0.0.0/0"}])},
         scratch=False, comment="values from a parameter: the array entries sit at the property's value"),
    case("tf_fail", "tf", [
        tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI", "sku_name": "S0",
            "network_acls": [{"default_action": "Deny", "ip_rules": ["0.0.0.0/0"], "bypass": "AzureServices"}]}),
        tf("azurerm_search_service", "srch", {"name": "srch", "sku": "basic", "allowed_ips": ["10.0.0.0/4"]}),
    ], [(R, "fail", (0, "network_acls[0].ip_rules[0]")), (R, "fail", (1, "allowed_ips[0]"))]),
    case("tf_pass", "tf", [tf("azurerm_search_service", "srch", {"name": "srch", "sku": "basic", "allowed_ips": ["203.0.113.0/24"]})],
         [(R, "none")]),
]
