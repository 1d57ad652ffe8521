R = "AZAI-ACC-006"
ACCT = "resourceId('Microsoft.CognitiveServices/accounts', 'oai')"
KEY = "[listKeys(" + ACCT + ", '2024-10-01').key1]"


def app(secrets, env=None):
    c = {"name": "web", "image": "myacr.azurecr.io/web@sha256:0123", "resources": {"cpu": 0.5, "memory": "1Gi"}}
    if env is not None:
        c["env"] = env
    return arm("Microsoft.App/containerApps", "web", "2025-07-01",
               {"configuration": {"secrets": secrets}, "template": {"containers": [c]}}, identity={"type": "SystemAssigned"})


def oai():
    return arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {"customSubDomainName": "oai"}, kind="OpenAI", sku={"name": "S0"})


def search():
    return arm("Microsoft.Search/searchServices", "s", "2023-11-01", {}, sku={"name": "basic"})


CASES = [
    case("arm_fail", "arm", [
        oai(),
        app([{"name": "oai-key", "value": KEY}], env=[{"name": "OAI_KEY", "secretRef": "oai-key"}]),
        arm_child("Microsoft.ApiManagement/service/namedValues", "apim/oai-key", "2024-05-01",
                  {"displayName": "oai-key", "secret": True, "value": KEY}),
        arm("Microsoft.Web/sites", "fn", "2024-04-01", {"siteConfig": {"appSettings": [{"name": "OAI_KEY", "value": KEY}]}}),
    ], [(R, "fail", (1, "properties.configuration.secrets[0].value")), (R, "fail", (2, "properties.value")),
        (R, "fail", (3, "properties.siteConfig.appSettings[0].value"))]),
    case("arm_keyvault_low", "arm", [
        oai(), arm_child("Microsoft.KeyVault/vaults/secrets", "kv/oai-key", "2023-07-01", {"value": KEY}),
    ], [(R, "fail", (1, "properties.value"))], comment="into a Key Vault secret: low (allowKeyVaultCopies)"),
    case("arm_pass", "arm", [
        app([{"name": "conn", "value": "[parameters('conn')]"}], env=[{"name": "OAI_ENDPOINT", "value": "[reference(" + ACCT + ", '2024-10-01').endpoint]"}]),
    ], [(R, "none")], parameters={"conn": param("securestring", "x")}, comment="an endpoint (reference) and a secure parameter are not key calls"),
    case("arm_connection", "arm", [
        search(),
        arm_child("Microsoft.CognitiveServices/accounts/connections", "ais/search", "2025-06-01",
                  {"category": "CognitiveSearch", "authType": "ApiKey", "target": "https://s.search.windows.net",
                   "credentials": {"key": "[listAdminKeys(resourceId('Microsoft.Search/searchServices', 's'), '2023-11-01').primaryKey]"}}),
    ], [(R, "fail", (1, "properties.credentials.key"))]),
    case("tf_fail", "tf", [
        tf("azurerm_cognitive_account_connection_api_key", "search", {"name": "search", "cognitive_account_id": "x",
            "category": "CognitiveSearch", "target": "https://s.search.windows.net", "api_key": UNKNOWN}),
    ], [(R, "fail", (0, ""))]),
]

# Issue 5, third pass: only keys of AI resources count (ref() resolves the resource a list*() call reads).
CASES += [
    case("arm_storage_key", "arm", [
        arm("Microsoft.Storage/storageAccounts", "st", "2023-05-01", {}, kind="StorageV2", sku={"name": "Standard_LRS"}),
        app([{"name": "st-key", "value": "[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-05-01').keys[0].value]"}]),
    ], [(R, "none")], comment="a storage account key is not an AI key"),
    case("arm_target_outside", "arm", [
        app([{"name": "oai-key", "value": KEY}]),
    ], [(R, "unknown", (0, "properties.configuration.secrets[0].value"))],
        comment="the account whose key is read is not in the template: unknown"),
    case("arm_target_param", "arm", [
        oai(),
        app([{"name": "oai-key", "value": "[listKeys(resourceId('Microsoft.CognitiveServices/accounts', parameters('acct')), '2024-10-01').key1]"}]),
    ], [(R, "fail", (1, "properties.configuration.secrets[0].value"))], parameters={"acct": param("string", "oai")},
        comment="the account name comes from a parameter default"),
]
