R = "AZAI-ACC-902"


def acct(name, acl):
    return arm("Microsoft.CognitiveServices/accounts", name, "2024-10-01", {"networkAcls": acl}, kind="OpenAI", sku={"name": "S0"})


CASES = [
    case("arm_once", "arm", [acct("a", {"defaultAction": "Allow"}), acct("b", {"defaultAction": "Deny", "ipRules": [{"value": "203.0.113.0/24"}]}),
                             acct("c", {"defaultAction": "Deny", "ipRules": [{"value": "198.51.100.0/24"}]})],
         [(R, "fail", (1, None))]),
    case("arm_none", "arm", [acct("a", {"defaultAction": "Deny", "ipRules": []})], [(R, "none")]),
    case("tf_search", "tf", [tf("azurerm_search_service", "s", {"name": "s", "allowed_ips": ["203.0.113.7"]})], [(R, "fail", (0, None))]),
    case("tf_none", "tf", [tf("azurerm_search_service", "s", {"name": "s", "public_network_access_enabled": False, "allowed_ips": ["203.0.113.7"]})],
         [(R, "none")]),
]
