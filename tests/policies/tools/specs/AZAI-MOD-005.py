R = "AZAI-MOD-005"
RAI = "Microsoft.CognitiveServices/accounts/raiPolicies"
ACCTID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/oai"


def full(over={}):
    out = []
    for n in ["Hate", "Sexual", "Violence", "Selfharm"]:
        for s in ["Prompt", "Completion"]:
            f = {"name": n, "enabled": True, "blocking": True, "severityThreshold": "Medium", "source": s}
            f.update(over.get((n, s), {}))
            out.append(f)
    return out


def tffull(over={}):
    out = []
    for n in ["Hate", "Sexual", "Violence", "Selfharm"]:
        for s in ["Prompt", "Completion"]:
            f = {"name": n, "source": s, "filter_enabled": True, "block_enabled": True, "severity_threshold": "Medium"}
            f.update(over.get((n, s), {}))
            out.append(f)
    return out


def pol(filters, **extra):
    props = {"basePolicyName": "Microsoft.DefaultV2", "mode": "Default", "contentFilters": filters}
    props.update(extra)
    return arm_child(RAI, "oai/custom", "2025-06-01", props)


CASES = [
    case("arm_fail", "arm", [pol(full({("Violence", "Completion"): {"severityThreshold": "High"},
                                         ("Hate", "Prompt"): {"blocking": False}}),
                                 customBlocklists=[{"blocklistName": "terms", "blocking": False, "source": "Prompt"}])],
         [(R, "fail", (0, "properties.contentFilters[0]")), (R, "fail", (0, "properties.contentFilters[5]")),
          (R, "fail", (0, "properties.customBlocklists[0]"))]),
    case("arm_pass", "arm", [pol(full({("Sexual", "Prompt"): {"severityThreshold": "low"}}))], [(R, "none")]),
    case("arm_missing", "arm", [pol(full()[:7])], [(R, "unknown", (0, "properties.contentFilters"))],
         comment="Selfharm on completions omitted: inheritance from basePolicyName is undocumented"),
    case("arm_param", "arm", [pol(full({("Hate", "Completion"): {"severityThreshold": "[parameters('threshold')]"}}))],
         [(R, "fail", (0, "properties.contentFilters[1]"))], parameters={"threshold": param("string", "High")}),
    case("arm_allowed_high", "arm", [pol(full({("Hate", "Completion"): {"severityThreshold": "High"}}))], [(R, "none")],
         params={"allowedSeverityThresholds": ["Low", "Medium", "High"]}),
    case("tf_fail", "tf", [tf("azurerm_cognitive_account_rai_policy", "p", {"name": "custom", "cognitive_account_id": ACCTID,
        "base_policy_name": "Microsoft.Default", "content_filter": tffull({("Sexual", "Completion"): {"filter_enabled": False}})})],
        [(R, "fail", (0, "content_filter[3]"))]),
    case("tf_pass", "tf", [tf("azurerm_cognitive_account_rai_policy", "p", {"name": "custom", "cognitive_account_id": ACCTID,
        "base_policy_name": "Microsoft.Default", "content_filter": tffull()})], [(R, "none")]),
]
