R = "AZAI-MOD-008"
DEP = "Microsoft.CognitiveServices/accounts/deployments"
ACCTID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/oai"
APPROVED = [{"format": "OpenAI", "name": "gpt-4o", "versions": ["2024-11-20"]}, {"format": "OpenAI", "name": "text-embedding-*"}]


def dep(name, model):
    return arm_child(DEP, "oai/" + name, "2024-10-01", {"model": model}, sku={"name": "Standard", "capacity": 1})


CASES = [
    case("arm_inactive", "arm", [dep("x", {"format": "Meta", "name": "Llama-3"})], [(R, "none")],
         comment="no allow-list configured: the rule is inactive"),
    case("arm_fail", "arm", [dep("chat", {"format": "OpenAI", "name": "gpt-4o", "version": "2024-05-13"}),
                             dep("llama", {"format": "Meta", "name": "Llama-3", "version": "1"}),
                             dep("unpinned", {"format": "OpenAI", "name": "gpt-4o"})],
         [(R, "fail", (0, "properties.model.version")), (R, "fail", (1, "properties.model.name")), (R, "fail", (2, "properties.model"))],
         params={"approvedModels": APPROVED}, comment="unapproved version, unapproved model, version absent (the default version is not pinned)"),
    case("arm_pass", "arm", [dep("chat", {"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"}),
                             dep("emb", {"format": "OpenAI", "name": "text-embedding-3-large"})],
         [(R, "none")], params={"approvedModels": APPROVED}),
    case("arm_publisher", "arm", [dep("x", {"format": "Mistral AI", "name": "m", "version": "1", "publisher": "Mistral AI"})],
         [(R, "fail", (0, "properties.model.publisher"))], params={"approvedPublishers": ["Microsoft", "OpenAI"]}),
    case("arm_param", "arm", [dep("chat", {"format": "OpenAI", "name": "[parameters('model')]", "version": "2024-11-20"})],
         [(R, "fail", (0, "properties.model.name"))], parameters={"model": param("string", "gpt-35-turbo")}, params={"approvedModels": APPROVED}),
    case("arm_unknown", "arm", [dep("chat", {"format": "OpenAI", "name": "[reference('cfg').outputs.model.value]", "version": "1"})],
         [(R, "unknown", (0, "properties.model.name"))], params={"approvedModels": APPROVED}),
    case("tf_fail", "tf", [tf("azurerm_cognitive_deployment", "chat", {"name": "chat", "cognitive_account_id": ACCTID,
         "model": [{"format": "OpenAI", "name": "gpt-4o", "version": "2024-05-13"}]})],
         [(R, "fail", (0, "model[0].version"))], params={"approvedModels": APPROVED}),
    case("tf_pass", "tf", [tf("azurerm_cognitive_deployment", "chat", {"name": "chat", "cognitive_account_id": ACCTID,
         "model": [{"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"}]})], [(R, "none")], params={"approvedModels": APPROVED}),
    case("tf_azapi", "tf", [tf("azapi_resource", "d", {"type": DEP + "@2024-10-01", "name": "x", "parent_id": ACCTID,
         "body": {"properties": {"model": {"format": "Meta", "name": "Llama-3", "version": "1"}}}})],
         [(R, "fail", (0, "body.properties.model.name"))], params={"approvedModels": APPROVED}),
]
