R = "AZAI-MOD-003"
ACCT = "Microsoft.CognitiveServices/accounts"
DEP = "Microsoft.CognitiveServices/accounts/deployments"
RAI = "Microsoft.CognitiveServices/accounts/raiPolicies"
API = "2024-10-01"
ACCTID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/oai"


def acct(kind="OpenAI"):
    return arm(ACCT, "oai", API, {"customSubDomainName": "oai", "disableLocalAuth": True}, kind=kind, sku={"name": "S0"})


def dep(name, model="gpt-4o", rai=None):
    props = {"model": {"format": "OpenAI", "name": model, "version": "2024-11-20"}}
    if rai is not None:
        props["raiPolicyName"] = rai
    return arm_child(DEP, "oai/" + name, API, props, sku={"name": "Standard", "capacity": 10},
                     dependsOn=["[resourceId('Microsoft.CognitiveServices/accounts', 'oai')]"])


def policy(name, filters, base="Microsoft.DefaultV2"):
    return arm_child(RAI, "oai/" + name, API, {"basePolicyName": base, "mode": "Default", "contentFilters": filters},
                     dependsOn=["[resourceId('Microsoft.CognitiveServices/accounts', 'oai')]"])


def jb(enabled=True, blocking=True, **kw):
    d = {"name": "Jailbreak", "enabled": enabled, "blocking": blocking, "source": "Prompt"}
    d.update(kw)
    return d


HATE = {"name": "Hate", "enabled": True, "blocking": True, "severityThreshold": "Medium", "source": "Prompt"}

CASES = [
    case("arm_fail", "arm", [
        acct(),
        policy("weak", [HATE, jb(enabled=True, blocking=False)]),
        dep("chat", rai="weak"),
    ], [(R, "fail", (1, "properties.contentFilters[1]"))],
        comment="the finding points at the Jailbreak entry of the RAI policy"),
    case("arm_pass", "arm", [
        acct(),
        policy("strict", [HATE, jb()]),
        dep("chat", rai="strict"),
        dep("chat-v2", rai="Microsoft.DefaultV2"),
        dep("embed", model="text-embedding-3-large", rai="nonexistent"),
    ], [(R, "none")], comment="system policy Microsoft.DefaultV2 and non-chat models pass"),
    case("arm_absent", "arm", [acct(), dep("chat")], [(R, "none")],
         comment="no raiPolicyName: the service binds its default policy, which blocks jailbreaks"),
    case("arm_legacy_default", "arm", [acct(), dep("chat", rai="Microsoft.Default")],
         [(R, "unknown", (1, "properties.raiPolicyName"))],
         comment="legacy Microsoft.Default: content not published, unknown"),
    case("arm_missing_policy", "arm", [acct(), dep("chat", rai="portal-policy")],
         [(R, "unknown", (1, "properties.raiPolicyName"))], comment="policy created outside the template: unknown"),
    case("arm_missing_entry", "arm", [acct(), policy("partial", [HATE]), dep("chat", rai="partial")],
         [(R, "unknown", (1, "properties.contentFilters"))],
         comment="custom policy without a Jailbreak entry: inheritance from basePolicyName is undocumented, unknown"),
    case("arm_action", "arm", [acct(), policy("annot", [jb(action="ANNOTATING")]), dep("chat", rai="annot")],
         [(R, "fail", (1, "properties.contentFilters[0]"))]),
    case("arm_param", "arm", [
        acct(), policy("strict", [jb()]), policy("weak", [jb(enabled=False, blocking=False)]),
        dep("chat", rai="[parameters('raiPolicy')]"),
    ], [(R, "fail", (2, "properties.contentFilters[0]"))], parameters={"raiPolicy": param("string", "weak")}),
    case("arm_not_generative", "arm", [
        acct(kind="TextAnalytics"), policy("weak", [jb(enabled=False)]), dep("chat", rai="weak"),
    ], [(R, "none")]),
    case("arm_gateway_shield", "arm", [
        acct(),
        policy("weak", [HATE, jb(enabled=True, blocking=False)]),
        dep("chat", rai="weak"),
        arm("Microsoft.ApiManagement/service", "apim", "2024-05-01", {"publisherEmail": "a@b.c", "publisherName": "x"},
            sku={"name": "Developer", "capacity": 1}),
        arm_child("Microsoft.ApiManagement/service/apis", "apim/oai", "2024-05-01", {"path": "oai", "serviceUrl": "https://oai.openai.azure.com/openai"}),
        arm_child("Microsoft.ApiManagement/service/apis/policies", "apim/oai/policy", "2024-05-01", {"format": "rawxml",
            "value": '<policies><inbound><base /><llm-content-safety backend-id="cs" shield-prompt="true" /></inbound></policies>'}),
    ], [(R, "fail", (1, "properties.contentFilters[1]"))],
        comment="an API Management prompt shield fronts the account: still a finding, severity low"),
    case("tf_fail", "tf", [
        tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI", "sku_name": "S0", "location": "eastus",
            "resource_group_name": "rg", "custom_subdomain_name": "oai"}),
        tf("azurerm_cognitive_account_rai_policy", "weak", {"name": "weak", "cognitive_account_id": ACCTID,
            "base_policy_name": "Microsoft.Default", "mode": "Default", "content_filter": [
                {"name": "Jailbreak", "source": "Prompt", "filter_enabled": True, "block_enabled": False, "severity_threshold": None}]}),
        tf("azurerm_cognitive_deployment", "chat", {"name": "chat", "cognitive_account_id": ACCTID,
            "rai_policy_name": "weak", "model": [{"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"}],
            "sku": [{"name": "Standard", "capacity": 10}]}),
    ], [(R, "fail", (1, "content_filter[0]"))]),
    case("tf_pass", "tf", [
        tf("azurerm_cognitive_account_rai_policy", "strict", {"name": "strict", "cognitive_account_id": ACCTID,
            "base_policy_name": "Microsoft.Default", "content_filter": [
                {"name": "Jailbreak", "source": "Prompt", "filter_enabled": True, "block_enabled": True, "severity_threshold": None}]}),
        tf("azurerm_cognitive_deployment", "chat", {"name": "chat", "cognitive_account_id": ACCTID,
            "rai_policy_name": "strict", "model": [{"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"}]}),
    ], [(R, "none")]),
    case("tf_absent", "tf", [
        tf("azurerm_cognitive_deployment", "chat", {"name": "chat", "cognitive_account_id": ACCTID,
            "model": [{"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"}]}),
    ], [(R, "none")], comment="rai_policy_name is Optional+Computed: unset means the default policy"),
    case("tf_unknown_account", "tf", [
        tf("azurerm_cognitive_account_rai_policy", "weak", {"name": "weak", "cognitive_account_id": UNKNOWN,
            "base_policy_name": "Microsoft.Default", "content_filter": [
                {"name": "Jailbreak", "source": "Prompt", "filter_enabled": False, "block_enabled": False, "severity_threshold": None}]},
           expressions={"cognitive_account_id": {"references": ["azurerm_cognitive_account.oai.id", "azurerm_cognitive_account.oai"]}}),
        tf("azurerm_cognitive_deployment", "chat", {"name": "chat", "cognitive_account_id": UNKNOWN,
            "rai_policy_name": "weak", "model": [{"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"}]},
           expressions={"cognitive_account_id": {"references": ["azurerm_cognitive_account.oai.id", "azurerm_cognitive_account.oai"]}}),
    ], [(R, "fail", (0, "content_filter[0]"))],
        comment="account ids known only after apply: the policy is matched by name"),
    case("tf_azapi", "tf", [
        tf("azapi_resource", "rai", {"type": "Microsoft.CognitiveServices/accounts/raiPolicies@2024-10-01", "name": "weak",
            "parent_id": ACCTID, "body": {"properties": {"basePolicyName": "Microsoft.DefaultV2", "mode": "Default",
                "contentFilters": [{"name": "Jailbreak", "source": "Prompt", "enabled": False, "blocking": False}]}}}),
        tf("azapi_resource", "dep", {"type": "Microsoft.CognitiveServices/accounts/deployments@2024-10-01", "name": "chat",
            "parent_id": ACCTID, "body": {"sku": {"name": "Standard", "capacity": 10}, "properties": {
                "model": {"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"}, "raiPolicyName": "weak"}}}),
    ], [(R, "fail", (0, "body.properties.contentFilters[0]"))]),
]

# Issue 5, third pass: an RAI policy name known only at deployment gives exactly one unknown
# finding; gateway policies are read as XML (a commented-out shield does not count); a backend
# whose url is reference(acct).endpoint is matched to the account.
SVC = arm("Microsoft.ApiManagement/service", "apim", "2024-05-01", {"publisherEmail": "a@b.c", "publisherName": "x"},
          sku={"name": "Developer", "capacity": 1})
CASES += [
    case("arm_unknown_name", "arm", [acct(), policy("strict", [jb()]), dep("chat", rai="[parameters('raiPolicy')]")],
         [(R, "unknown", (2, "properties.raiPolicyName"))], parameters={"raiPolicy": {"type": "string"}}, scratch=False,
         comment="a parameter without a value: the bound policy is unknown; one finding, not two"),
    case("arm_gateway_comment", "arm", [
        acct(), policy("weak", [jb(enabled=True, blocking=False)]), dep("chat", rai="weak"), SVC,
        arm_child("Microsoft.ApiManagement/service/apis", "apim/oai", "2024-05-01", {"path": "oai", "serviceUrl": "https://oai.openai.azure.com/openai"}),
        arm_child("Microsoft.ApiManagement/service/apis/policies", "apim/oai/policy", "2024-05-01", {"format": "rawxml",
            "value": '<policies><inbound><base /><!-- <llm-content-safety backend-id="cs" shield-prompt="true" /> --></inbound></policies>'}),
    ], [(R, "fail", (1, "properties.contentFilters[0]"))], scratch=False,
        comment="the shield is inside an XML comment: no compensating control, severity high"),
    case("arm_gateway_reference", "arm", [
        acct(), policy("weak", [jb(enabled=True, blocking=False)]), dep("chat", rai="weak"), SVC,
        arm_child("Microsoft.ApiManagement/service/backends", "apim/aoai", "2024-05-01", {"protocol": "http",
            "url": "[reference(resourceId('Microsoft.CognitiveServices/accounts', 'oai'), '2024-10-01').endpoint]"}),
        arm_child("Microsoft.ApiManagement/service/apis", "apim/chat", "2024-05-01", {"path": "chat", "serviceUrl": "https://unused.contoso.com"}),
        arm_child("Microsoft.ApiManagement/service/apis/policies", "apim/chat/policy", "2024-05-01", {"format": "rawxml",
            "value": '<policies><inbound><base /><set-backend-service backend-id="aoai" /><llm-content-safety backend-id="cs" shield-prompt="true" /></inbound></policies>'}),
    ], [(R, "fail", (1, "properties.contentFilters[0]"))],
        comment="the API routes to a backend whose url is read from the account: the shield compensates (low)"),
    case("tf_unknown_name", "tf", [
        tf("azurerm_cognitive_deployment", "chat", {"name": "chat", "cognitive_account_id": ACCTID,
            "rai_policy_name": UNKNOWN, "model": [{"format": "OpenAI", "name": "gpt-4o", "version": "2024-11-20"}]}),
    ], [(R, "unknown", (0, ""))], comment="rai_policy_name = var.x, known after apply: one unknown finding"),
]
