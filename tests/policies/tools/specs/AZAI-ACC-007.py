R = "AZAI-ACC-007"
C = "Microsoft.CognitiveServices/accounts/connections"
P = "Microsoft.CognitiveServices/accounts/projects/connections"
W = "Microsoft.MachineLearningServices/workspaces/connections"


def conn(t, name, auth, **kw):
    props = {"category": kw.pop("category", "CognitiveSearch"), "target": "https://s.search.windows.net"}
    if auth is not None:
        props["authType"] = auth
    props.update(kw)
    return arm_child(t, name, "2025-06-01", props)


CASES = [
    case("arm_fail", "arm", [
        conn(C, "ais/search", "ApiKey"),
        conn(P, "ais/proj/blob", "AccountKey", category="AzureBlob", isSharedToAll=True),
        conn(W, "hub/aoai", "ApiKey", category="AzureOpenAI"),
    ], [(R, "fail", (0, "properties.authType")), (R, "fail", (1, "properties.authType")),
        (R, "fail", (2, "properties.authType"))], comment="the shared AccountKey connection is reported as high"),
    case("arm_pass", "arm", [conn(C, "ais/search", "AAD"), conn(W, "hub/aoai", "ManagedIdentity", category="AzureOpenAI")],
         [(R, "none")]),
    case("arm_absent", "arm", [conn(C, "ais/search", None)], [(R, "fail", (0, "properties"))]),
    case("arm_exempt", "arm", [conn(C, "ais/serp", "ApiKey", category="ApiKey")], [(R, "none")],
         params={"exemptConnectionCategories": ["ApiKey"]}),
    case("arm_param", "arm", [conn(C, "ais/search", "[parameters('auth')]")], [(R, "fail", (0, "properties.authType"))],
         parameters={"auth": param("string", "ApiKey")}),
    case("tf_fail", "tf", [
        tf("azurerm_cognitive_account_connection_api_key", "search", {"name": "search", "cognitive_account_id": "x",
            "category": "CognitiveSearch", "target": "https://s.search.windows.net"}),
        tf("azurerm_cognitive_account_connection_entra_id", "blob", {"name": "blob", "cognitive_account_id": "x",
            "category": "AzureBlob", "target": "https://sa.blob.core.windows.net"}),
    ], [(R, "fail", (0, None))]),
    case("tf_azapi", "tf", [
        tf("azapi_resource", "conn", {"type": W + "@2025-06-01", "name": "aoai", "parent_id": "x",
            "body": {"properties": {"category": "AzureOpenAI", "authType": "ApiKey", "target": "https://oai.openai.azure.com"}}}),
    ], [(R, "fail", (0, "body.properties.authType"))]),
]
