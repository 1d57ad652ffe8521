R = "AZAI-MOD-009"
DEP = "Microsoft.CognitiveServices/accounts/deployments"
ACCTID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/oai"


def dep(name, props):
    return arm_child(DEP, "oai/" + name, "2024-10-01", props, sku={"name": "Standard", "capacity": 10})


CASES = [
    case("arm_fail", "arm", [dep("chat", {"model": {"format": "OpenAI", "name": "gpt-4o"},
        "versionUpgradeOption": "OnceNewDefaultVersionAvailable"})],
        [(R, "fail", (0, "properties.versionUpgradeOption")), (R, "fail", (0, "properties.model"))]),
    case("arm_pass", "arm", [dep("chat", {"model": {"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"},
        "versionUpgradeOption": "NoAutoUpgrade"})], [(R, "none")]),
    case("arm_absent", "arm", [dep("chat", {"model": {"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"}})],
         [(R, "none")], comment="absent option: null, which behaves as OnceCurrentVersionExpired"),
    case("arm_param", "arm", [dep("chat", {"model": {"format": "OpenAI", "name": "gpt-4o", "version": "[parameters('version')]"},
        "versionUpgradeOption": "[parameters('upgrade')]"})],
        [(R, "fail", (0, "properties.versionUpgradeOption"))],
        parameters={"version": param("string", "2024-11-20"), "upgrade": param("string", "OnceNewDefaultVersionAvailable")}),
    case("arm_unknown", "arm", [dep("chat", {"model": {"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"},
        "versionUpgradeOption": "[reference('x').outputs.u.value]"})], [(R, "unknown", (0, "properties.versionUpgradeOption"))]),
    case("tf_fail_absent", "tf", [tf("azurerm_cognitive_deployment", "chat", {"name": "chat", "cognitive_account_id": ACCTID,
        "model": [{"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"}]})],
        [(R, "fail", (0, ""))], comment="provider default OnceNewDefaultVersionAvailable"),
    case("tf_fail", "tf", [tf("azurerm_cognitive_deployment", "chat", {"name": "chat", "cognitive_account_id": ACCTID,
        "version_upgrade_option": "OnceNewDefaultVersionAvailable", "model": [{"format": "OpenAI", "name": "gpt-4o", "version": None}]})],
        [(R, "fail", (0, "version_upgrade_option")), (R, "fail", (0, "model[0].version"))]),
    case("tf_pass", "tf", [tf("azurerm_cognitive_deployment", "chat", {"name": "chat", "cognitive_account_id": ACCTID,
        "version_upgrade_option": "NoAutoUpgrade", "model": [{"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"}]})],
        [(R, "none")]),
    case("tf_azapi", "tf", [tf("azapi_resource", "chat", {"type": DEP + "@2024-10-01", "name": "chat", "parent_id": ACCTID,
        "body": {"sku": {"name": "Standard", "capacity": 1}, "properties": {"model": {"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"},
            "versionUpgradeOption": "OnceNewDefaultVersionAvailable"}}})],
        [(R, "fail", (0, "body.properties.versionUpgradeOption"))]),
]

# Issue 5, third pass: the message names the provider default only when the option is unset.
CASES += [
    case("tf_absent_allowed", "tf", [tf("azurerm_cognitive_deployment", "chat", {"name": "chat", "cognitive_account_id": ACCTID,
        "model": [{"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"}]})],
        [(R, "none")], params={"allowedUpgradeOptions": ["OnceNewDefaultVersionAvailable", "NoAutoUpgrade"]},
        comment="the organisation accepts the provider default"),
    case("tf_unknown", "tf", [tf("azurerm_cognitive_deployment", "chat", {"name": "chat", "cognitive_account_id": ACCTID,
        "version_upgrade_option": UNKNOWN, "model": [{"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"}]})],
        [(R, "unknown", (0, ""))], comment="version_upgrade_option = var.x: one unknown finding"),
]
