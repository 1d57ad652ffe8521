R = "AZAI-ACC-011"
RA = "Microsoft.Authorization/roleAssignments"
OAIUSER = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd"
SUB = "/subscriptions/00000000-0000-0000-0000-000000000000"


def ra(name, role, scope=None):
    props = {"roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '%s')]" % role,
             "principalId": "11111111-1111-1111-1111-111111111111", "principalType": "Group"}
    extra = {"scope": scope} if scope else {}
    return arm(RA, name, "2022-04-01", props, location=None, **extra)


CASES = [
    case("arm_fail", "arm", [ra("a1", OAIUSER), ra("a2", OAIUSER, SUB)],
         [(R, "fail", (0, "properties")), (R, "fail", (1, "scope"))],
         comment="no scope: the resource group of the deployment; a2 at the subscription"),
    case("arm_pass", "arm", [
        arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {}, kind="OpenAI", sku={"name": "S0"}),
        ra("a1", OAIUSER, "[resourceId('Microsoft.CognitiveServices/accounts', 'oai')]"),
        ra("a2", "acdd72a7-3385-48ef-bd42-f606fba81ae7"),
    ], [(R, "none")], comment="Reader is not a data-plane AI role"),
    case("arm_allowed", "arm", [ra("a1", OAIUSER)], [(R, "none")], params={"allowResourceGroupScopeFor": [OAIUSER]}),
    case("arm_param", "arm", [ra("a1", OAIUSER, "[parameters('scope')]")], [(R, "fail", (0, "scope"))],
         parameters={"scope": param("string", SUB + "/resourceGroups/ai-rg")}),
    case("tf_fail", "tf", [tf("azurerm_role_assignment", "rg", {"scope": SUB + "/resourceGroups/rg",
        "role_definition_name": "Cognitive Services OpenAI User", "principal_id": "1"})], [(R, "fail", (0, "scope"))]),
    case("tf_pass", "tf", [tf("azurerm_role_assignment", "acct", {"scope": SUB + "/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/oai",
        "role_definition_name": "Azure AI User", "principal_id": "1"})], [(R, "none")]),
    case("tf_unknown", "tf", [tf("azurerm_role_assignment", "x", {"scope": UNKNOWN,
        "role_definition_name": "Cognitive Services OpenAI User", "principal_id": "1"},
        expressions={"scope": {"references": ["data.external.scope.result"]}})],
        [(R, "unknown", (0, ""))]),
]

# Issue 5, third pass: names from guid() (or names that stay unknown) do not block the decision.
def ra_named(name, role, scope=None):
    r = ra("x", role, scope)
    r["name"] = name
    return r


CASES += [
    case("arm_guid_name", "arm", [ra_named("[guid(resourceGroup().id, 'ds', '%s')]" % OAIUSER, OAIUSER)],
         [(R, "fail", (0, "properties"))], scratch=False,
         comment="guid(resourceGroup().id, ...): a guid never contains '/', so this is not the nested form"),
    case("arm_guid_name_roleid", "arm", [ra_named("[guid(resourceGroup().id, subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '%s'))]" % OAIUSER, OAIUSER)],
         [(R, "fail", (0, "properties"))], scratch=False,
         comment="the guid's inputs contain /Microsoft.Authorization/: still not the nested form"),
    case("arm_unknown_name", "arm", [ra_named("[parameters('n')]", OAIUSER)], [(R, "fail", (0, "properties"))],
         parameters={"n": {"type": "string"}}, scratch=False,
         comment="a name that stays unknown is not a nested-type name either"),
    case("arm_guid_name_scoped", "arm", [
        arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {}, kind="OpenAI", sku={"name": "S0"}),
        ra_named("[guid(resourceGroup().id, 'ds')]", OAIUSER, "Microsoft.CognitiveServices/accounts/oai"),
    ], [(R, "none")], scratch=False, comment="relative scope form on the account"),
    case("tf_reference_scope", "tf", [
        tf("azurerm_ai_foundry_project", "p", {"name": "p"}),
        tf("azurerm_role_assignment", "x", {"scope": UNKNOWN, "role_definition_name": "Cognitive Services OpenAI User", "principal_id": "1"},
           expressions={"scope": {"references": ["azurerm_ai_foundry_project.p.id", "azurerm_ai_foundry_project.p"]}}),
    ], [(R, "none")], comment="scope = azurerm_ai_foundry_project.p.id: a project, known after apply"),
]
