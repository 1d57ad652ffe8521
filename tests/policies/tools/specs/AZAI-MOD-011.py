R = "AZAI-MOD-011"
DS = "Microsoft.Insights/diagnosticSettings"
LAW = "[resourceId('Microsoft.OperationalInsights/workspaces', 'law')]"


def acct():
    return arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {"customSubDomainName": "oai"}, kind="OpenAI", sku={"name": "S0"})


def ds(logs, scope="Microsoft.CognitiveServices/accounts/oai", dest=True, name="diag"):
    p = {"logs": logs}
    if dest:
        p["workspaceId"] = LAW
    return arm(DS, name, "2021-05-01-preview", p, location=None, scope=scope)


CASES = [
    case("arm_fail", "arm", [acct(), ds([], dest=True), arm("Microsoft.Search/searchServices", "srch", "2025-05-01", {}, sku={"name": "basic"})],
         [(R, "fail", (0, None)), (R, "fail", (2, None))], comment="a setting without logs (metrics only) and a service without any"),
    case("arm_pass", "arm", [acct(), ds([{"categoryGroup": "allLogs", "enabled": True}], scope="[resourceId('Microsoft.CognitiveServices/accounts', 'oai')]")],
         [(R, "none")]),
    case("arm_category", "arm", [acct(), ds([{"category": "RequestResponse", "enabled": True}])], [(R, "none")],
         comment="relative scope form; a required category counts"),
    case("arm_category_param", "arm", [acct(), ds([{"category": "Trace", "enabled": True}])], [(R, "fail", (0, None))],
         comment="Trace is not in requiredLogCategories"),
    case("arm_no_destination", "arm", [acct(), ds([{"categoryGroup": "audit", "enabled": True}], dest=False)], [(R, "fail", (0, None))]),
    case("arm_nested", "arm", [acct(), arm("Microsoft.CognitiveServices/accounts/providers/diagnosticSettings", "oai/Microsoft.Insights/diag",
         "2021-05-01-preview", {"workspaceId": LAW, "logs": [{"categoryGroup": "allLogs", "enabled": True}]}, location=None)],
         [(R, "none")], comment="legacy nested type"),
    case("arm_unknown", "arm", [acct(), ds([{"categoryGroup": "allLogs", "enabled": True}], scope="[reference('x').outputs.id.value]")],
         [(R, "unknown", (1, "scope"))], comment="the setting's target is known only at deployment"),
    case("arm_telemetry", "arm", [arm("Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments", "ws/ep/blue", "2025-06-01",
         {"endpointComputeType": "Managed"}, sku={"name": "Default", "capacity": 1})],
         [(R, "fail", (0, "properties"))], params={"requireOnlineDeploymentTelemetry": True}),
    case("tf_fail", "tf", [tf("azurerm_search_service", "s", {"name": "s", "sku": "basic"})], [(R, "fail", (0, None))]),
    case("tf_pass", "tf", [
        tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI", "sku_name": "S0"}),
        tf("azurerm_monitor_diagnostic_setting", "d", {"name": "d", "target_resource_id": UNKNOWN, "log_analytics_workspace_id": "/x/law",
            "enabled_log": [{"category": None, "category_group": "allLogs"}]},
           expressions={"target_resource_id": {"references": ["azurerm_cognitive_account.oai.id", "azurerm_cognitive_account.oai"]}}),
    ], [(R, "none")]),
]
