R = "AZAI-MOD-901"
DEP = "Microsoft.CognitiveServices/accounts/deployments"


def dep(name, fmt):
    return arm_child(DEP, "ais/" + name, "2024-10-01", {"model": {"format": fmt, "name": "m", "version": "1"}}, sku={"name": "GlobalStandard", "capacity": 1})


CASES = [
    case("arm_once", "arm", [dep("gpt", "OpenAI"), dep("llama", "Meta"), dep("mistral", "Mistral AI")], [(R, "fail", (1, None))]),
    case("arm_none", "arm", [dep("gpt", "OpenAI")], [(R, "none")]),
    case("arm_ml_registry", "arm", [arm("Microsoft.MachineLearningServices/workspaces/serverlessEndpoints", "ws/maas", "2025-12-01",
         {"modelSettings": {"modelId": "azureml://registries/huggingface/models/x/versions/1"}}, sku={"name": "Consumption"})],
         [(R, "fail", (0, None))]),
    case("tf_once", "tf", [tf("azurerm_cognitive_deployment", "d", {"name": "d", "model": [{"format": "Meta", "name": "Llama", "version": "1"}]})],
         [(R, "fail", (0, None))]),
]
