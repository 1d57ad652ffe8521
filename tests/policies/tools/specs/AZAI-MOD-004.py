R = "AZAI-MOD-004"
ACCT = "Microsoft.CognitiveServices/accounts"
DEP = "Microsoft.CognitiveServices/accounts/deployments"
RAI = "Microsoft.CognitiveServices/accounts/raiPolicies"
API = "2025-06-01"
ACCTID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/ais"


def acct():
    return arm(ACCT, "ais", API, {"customSubDomainName": "ais", "allowProjectManagement": True}, kind="AIServices",
               sku={"name": "S0"}, identity={"type": "SystemAssigned"})


def project():
    return arm_child("Microsoft.CognitiveServices/accounts/projects", "ais/proj", API, {}, location="eastus",
                     identity={"type": "SystemAssigned"})


def dep(rai=None, name="chat"):
    props = {"model": {"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"}}
    if rai is not None:
        props["raiPolicyName"] = rai
    return arm_child(DEP, "ais/" + name, API, props, sku={"name": "GlobalStandard", "capacity": 10})


def policy(filters):
    return arm_child(RAI, "ais/agentic", API, {"basePolicyName": "Microsoft.DefaultV2", "contentFilters": filters})


IA = {"name": "Indirect Attack", "enabled": True, "blocking": True, "source": "Prompt"}

CASES = [
    case("arm_fail", "arm", [acct(), project(), dep(rai="Microsoft.DefaultV2")],
         [(R, "fail", (2, "properties.raiPolicyName"))], comment="agentic account (has a project) on the default policy"),
    case("arm_fail_filter", "arm", [acct(), project(), policy([dict(IA, blocking=False)]), dep(rai="agentic")],
         [(R, "fail", (2, "properties.contentFilters[0]"))]),
    case("arm_pass", "arm", [acct(), project(), policy([IA]), dep(rai="agentic")], [(R, "none")]),
    case("arm_not_agentic", "arm", [acct(), dep()], [(R, "none")], comment="auto: no project, connection or search service"),
    case("arm_absent_always", "arm", [acct(), dep()], [(R, "fail", (1, "properties"))],
         params={"requireIndirectAttackShield": "always"}),
    case("arm_missing_entry", "arm", [acct(), project(), policy([]), dep(rai="agentic")],
         [(R, "unknown", (2, "properties.contentFilters"))]),
    case("arm_param", "arm", [acct(), project(), dep(rai="[parameters('rai')]")],
         [(R, "fail", (2, "properties.raiPolicyName"))], parameters={"rai": param("string", "Microsoft.Default")}),
    case("tf_fail", "tf", [
        tf("azurerm_cognitive_account_project", "proj", {"name": "proj", "cognitive_account_id": ACCTID, "location": "eastus"}),
        tf("azurerm_cognitive_deployment", "chat", {"name": "chat", "cognitive_account_id": ACCTID,
            "model": [{"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"}]}),
    ], [(R, "fail", (1, ""))]),
    case("tf_pass", "tf", [
        tf("azurerm_search_service", "s", {"name": "s", "sku": "standard"}),
        tf("azurerm_cognitive_account_rai_policy", "p", {"name": "agentic", "cognitive_account_id": ACCTID,
            "content_filter": [{"name": "Indirect Attack", "source": "Prompt", "filter_enabled": True, "block_enabled": True}]}),
        tf("azurerm_cognitive_deployment", "chat", {"name": "chat", "cognitive_account_id": ACCTID, "rai_policy_name": "agentic",
            "model": [{"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"}]}),
    ], [(R, "none")]),
]

# Issue 5, third pass: a policy name known only at deployment gives exactly one unknown finding.
CASES += [
    case("arm_unknown_name", "arm", [acct(), project(), dep(rai="[parameters('raiPolicy')]")],
         [(R, "unknown", (2, "properties.raiPolicyName"))], parameters={"raiPolicy": {"type": "string"}}, scratch=False),
    case("tf_unknown_name", "tf", [
        tf("azurerm_cognitive_account_project", "p", {"name": "p"}),
        tf("azurerm_cognitive_deployment", "chat", {"name": "chat", "cognitive_account_id": ACCTID,
            "rai_policy_name": UNKNOWN, "model": [{"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"}]}),
    ], [(R, "unknown", (1, ""))]),
]
