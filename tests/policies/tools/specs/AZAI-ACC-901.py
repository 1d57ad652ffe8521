R = "AZAI-ACC-901"
RA = "Microsoft.Authorization/roleAssignments"
OAIUSER = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd"
ACCT = "[resourceId('Microsoft.CognitiveServices/accounts', 'oai')]"


def acct():
    return arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {}, kind="OpenAI", sku={"name": "S0"})


def ra(name, ptype, scope=ACCT):
    return arm(RA, name, "2022-04-01", {"roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '%s')]" % OAIUSER,
               "principalId": "11111111-1111-1111-1111-111111111111", "principalType": ptype}, location=None, scope=scope)


CASES = [
    case("arm_once", "arm", [acct(), ra("a1", "ServicePrincipal"), ra("a2", "User"), ra("a3", "Group")], [(R, "fail", (2, None))],
         comment="once per deployment, on the first human assignment"),
    case("arm_none", "arm", [acct(), ra("a1", "ServicePrincipal")], [(R, "none")]),
    case("tf_once", "tf", [tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI"}),
        tf("azurerm_role_assignment", "a", {"scope": "/x", "role_definition_name": "Reader", "principal_id": "1", "principal_type": "User"}),
        tf("azurerm_role_assignment", "b", {"scope": "/x", "role_definition_name": "Reader", "principal_id": "2", "principal_type": "Group"})],
        [(R, "fail", (1, None))]),
    case("tf_none", "tf", [tf("azurerm_role_assignment", "a", {"scope": "/x", "role_definition_name": "Reader", "principal_id": "1", "principal_type": "User"})],
         [(R, "none")], comment="no AI resource in the plan"),
]
