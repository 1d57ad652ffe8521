R = "AZAI-ACC-009"
RA = "Microsoft.Authorization/roleAssignments"
OWNER = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635"
CONTRIB = "b24988ac-6180-42a0-ab88-20f7382dd24c"
OAIUSER = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd"
SUB = "/subscriptions/00000000-0000-0000-0000-000000000000"
ACCTID = SUB + "/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/oai"


def acct():
    return arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {"customSubDomainName": "oai"},
               kind="OpenAI", sku={"name": "S0"})


def ra(name, role, ptype, scope=None, principal="11111111-1111-1111-1111-111111111111"):
    props = {"roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '%s')]" % role,
             "principalId": principal}
    if ptype:
        props["principalType"] = ptype
    extra = {}
    if scope:
        extra["scope"] = scope
    return arm(RA, name, "2022-04-01", props, location=None, **extra)


SCOPE = "[resourceId('Microsoft.CognitiveServices/accounts', 'oai')]"

CASES = [
    case("arm_fail", "arm", [
        acct(),
        ra("a1", OWNER, "User", SCOPE),
        ra("a2", CONTRIB, None),
        ra("a3", CONTRIB, "ServicePrincipal", SCOPE),
    ], [(R, "fail", (1, "properties.roleDefinitionId")), (R, "fail", (2, "properties.roleDefinitionId")),
        (R, "fail", (3, "properties.roleDefinitionId"))],
        comment="a1 on the account; a2 at the resource group of a deployment with AI resources; a3 a workload identity"),
    case("arm_pass", "arm", [
        acct(),
        ra("a1", OAIUSER, "User", SCOPE),
        ra("a2", OWNER, "User", None, principal="99999999-9999-9999-9999-999999999999"),
    ], [(R, "none")], params={"breakGlassPrincipalIds": ["99999999-9999-9999-9999-999999999999"]}),
    case("arm_no_ai", "arm", [ra("a1", OWNER, "User")], [(R, "none")],
         comment="no AI resource in the deployment: the resource-group assignment is out of scope"),
    case("arm_param", "arm", [acct(), arm(RA, "a1", "2022-04-01", {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', parameters('roleId'))]",
        "principalId": "[parameters('principalId')]", "principalType": "Group"}, location=None, scope=SCOPE)],
        [(R, "fail", (1, "properties.roleDefinitionId"))],
        parameters={"roleId": param("string", OWNER), "principalId": param("string", "22222222-2222-2222-2222-222222222222")},
        scratch=False),
    case("tf_fail", "tf", [
        tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI", "sku_name": "S0"}),
        tf("azurerm_role_assignment", "owner", {"scope": SUB + "/resourceGroups/rg", "role_definition_name": "Owner",
            "principal_id": "11111111-1111-1111-1111-111111111111", "principal_type": "User"}),
    ], [(R, "fail", (1, "role_definition_name"))]),
    case("tf_pass", "tf", [
        tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI", "sku_name": "S0"}),
        tf("azurerm_role_assignment", "user", {"scope": SUB + "/resourceGroups/rg",
            "role_definition_name": "Cognitive Services OpenAI User", "principal_id": "1", "principal_type": "User"}),
    ], [(R, "none")]),
    case("tf_unknown_scope", "tf", [
        tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI", "sku_name": "S0"}),
        tf("azurerm_role_assignment", "owner", {"scope": UNKNOWN, "role_definition_id": "/x/" + OWNER,
            "principal_id": "1", "principal_type": "Group"},
           expressions={"scope": {"references": ["azurerm_storage_account.sa.id", "azurerm_storage_account.sa"]}}),
    ], [(R, "unknown", (1, "role_definition_id"))]),
]

# Issue 5, third pass: ARM's relative scope form, the legacy nested type, guid() names.
CASES += [
    case("arm_relative_scope", "arm", [acct(), ra("a1", OWNER, "User", "Microsoft.CognitiveServices/accounts/oai")],
         [(R, "fail", (1, "properties.roleDefinitionId"))], scratch=False,
         comment="scope in ARM's relative form <type>/<name>"),
    case("arm_nested_type", "arm", [acct(), arm("Microsoft.CognitiveServices/accounts/providers/roleAssignments",
         "[concat('oai', '/Microsoft.Authorization/', guid(resourceGroup().id, 'owner'))]", "2022-04-01", {
             "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '%s')]" % OWNER,
             "principalId": "11111111-1111-1111-1111-111111111111", "principalType": "User"}, location=None)],
         [(R, "fail", (1, "properties.roleDefinitionId"))], scratch=False,
         comment="legacy nested form: type accounts/providers/roleAssignments, name oai/Microsoft.Authorization/<guid>"),
    case("arm_guid_name", "arm", [acct(), arm(RA, "[guid(resourceGroup().id, 'x', 'Microsoft.Authorization/roleDefinitions')]", "2022-04-01", {
             "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '%s')]" % CONTRIB,
             "principalId": "11111111-1111-1111-1111-111111111111", "principalType": "Group"}, location=None)],
         [(R, "fail", (1, "properties.roleDefinitionId"))], scratch=False,
         comment="a name from guid() of deployment values is not the nested form: no scope means the resource group"),
    case("tf_reference_scope", "tf", [
        tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI", "sku_name": "S0"}),
        tf("azurerm_role_assignment", "owner", {"scope": UNKNOWN, "role_definition_name": "Owner",
            "principal_id": "1", "principal_type": "User"},
           expressions={"scope": {"references": ["azurerm_cognitive_account.oai.id", "azurerm_cognitive_account.oai"]}}),
    ], [(R, "fail", (1, "role_definition_name"))], comment="scope = azurerm_cognitive_account.oai.id, known after apply"),
]
