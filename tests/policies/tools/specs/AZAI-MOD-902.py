R = "AZAI-MOD-902"
DS = "Microsoft.Insights/diagnosticSettings"


def ds(name, logs):
    return arm(DS, name, "2021-05-01-preview", {"workspaceId": "/x/law", "logs": logs}, location=None,
               scope="[resourceId('Microsoft.CognitiveServices/accounts', 'oai')]")


ACCT = arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {}, kind="OpenAI", sku={"name": "S0"})
CASES = [
    case("arm_once", "arm", [ACCT, ds("metrics", []), ds("logs", [{"categoryGroup": "allLogs", "enabled": True}]),
                             ds("logs2", [{"categoryGroup": "audit", "enabled": True}])], [(R, "fail", (2, None))]),
    case("arm_none", "arm", [ACCT, ds("metrics", [])], [(R, "none")]),
    case("tf_once", "tf", [tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI"}),
        tf("azurerm_monitor_diagnostic_setting", "d", {"name": "d", "target_resource_id": UNKNOWN, "log_analytics_workspace_id": "/x",
           "enabled_log": [{"category_group": "allLogs"}]},
           expressions={"target_resource_id": {"references": ["azurerm_cognitive_account.oai.id", "azurerm_cognitive_account.oai"]}})],
        [(R, "fail", (1, None))]),
]
