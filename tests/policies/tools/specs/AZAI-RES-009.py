R = "AZAI-RES-009"
S = "Microsoft.Search/searchServices"
API = "2025-05-01"
RG = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"


def srch(name, props, sku="standard"):
    return arm(S, name, API, props, sku={"name": sku})


def tfs(name, **v):
    base = {"name": name, "location": "eastus", "resource_group_name": "rg", "sku": v.pop("sku", "standard")}
    base.update(v)
    return tf("azurerm_search_service", name.replace("-", "_"), base)


CASES = [
    case("arm_fail", "arm", [
        srch("srch-public", {"publicNetworkAccess": "Enabled"}),
        srch("srch-free", {"publicNetworkAccess": "Disabled"}, sku="free"),
    ], [(R, "fail", (0, "properties.publicNetworkAccess")), (R, "fail", (1, "sku.name"))]),
    case("arm_pass", "arm", [
        srch("srch-private", {"publicNetworkAccess": "Disabled"}),
        srch("srch-nsp", {"publicNetworkAccess": "SecuredByPerimeter"}),
        srch("srch-ips", {"publicNetworkAccess": "Enabled", "networkRuleSet": {"ipRules": [{"value": "203.0.113.0/24"}]}}),
    ], [(R, "none")]),
    case("arm_ips_not_allowed", "arm", [
        srch("srch-ips", {"publicNetworkAccess": "Enabled", "networkRuleSet": {"ipRules": [{"value": "203.0.113.0/24"}]}}),
    ], [(R, "fail", (0, "properties.publicNetworkAccess"))], params={"allowIpRestrictedPublicSearch": False}),
    case("arm_absent", "arm", [
        srch("srch-absent", {"replicaCount": 1}),
    ], [(R, "fail", (0, "properties"))]),
    case("arm_param", "arm", [
        srch("srch-param", {"publicNetworkAccess": "[parameters('searchPublicAccess')]"}),
    ], [(R, "fail", (0, "properties.publicNetworkAccess"))], parameters={"searchPublicAccess": param("string", "enabled")}),
    case("arm_unknown", "arm", [
        srch("srch-unknown", {"publicNetworkAccess": "[reference('policy').outputs.access.value]"}),
    ], [(R, "unknown", (0, "properties.publicNetworkAccess"))]),
    case("tf_fail", "tf", [
        tfs("srch-public", public_network_access_enabled=True, allowed_ips=[]),
        tfs("srch-free", public_network_access_enabled=False, sku="free"),
    ], [(R, "fail", (0, "public_network_access_enabled")), (R, "fail", (1, "sku"))]),
    case("tf_pass", "tf", [
        tfs("srch-private", public_network_access_enabled=False),
        tfs("srch-ips", public_network_access_enabled=True, allowed_ips=["203.0.113.7"]),
    ], [(R, "none")]),
    case("tf_absent", "tf", [tfs("srch-absent")], [(R, "fail", (0, ""))]),
    case("tf_unknown", "tf", [tfs("srch-unk", public_network_access_enabled=UNKNOWN)], [(R, "unknown", (0, ""))]),
    case("tf_azapi", "tf", [
        tf("azapi_resource", "search", {"type": "Microsoft.Search/searchServices@2025-05-01", "name": "srch",
            "location": "eastus", "parent_id": RG, "body": {"sku": {"name": "basic"}, "properties": {"publicNetworkAccess": "Enabled"}}}),
    ], [(R, "fail", (0, "body.properties.publicNetworkAccess"))]),
]
