R = "AZAI-ACC-905"
RA = "Microsoft.Authorization/roleAssignments"
ACCT = "[resourceId('Microsoft.CognitiveServices/accounts', 'oai')]"


def ra(name, pid):
    return arm(RA, name, "2022-04-01", {"roleDefinitionId": "/x/5e0bd9bd-7b93-4f28-af87-19fc36ad61bd", "principalId": pid, "principalType": "User"},
               location=None, scope=ACCT)


ACCTR = arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {}, kind="OpenAI", sku={"name": "S0"})
CASES = [
    case("arm_once", "arm", [ACCTR, ra("a1", "11111111-1111-1111-1111-111111111111"), ra("a2", "22222222-2222-2222-2222-222222222222")],
         [(R, "fail", (1, "properties.principalId"))]),
    case("arm_mapped", "arm", [ACCTR, ra("a1", "11111111-1111-1111-1111-111111111111")], [(R, "none")],
         params={"principalPersonas": {"11111111-1111-1111-1111-111111111111": "dataScientist"}}),
    case("tf_once", "tf", [tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI"}),
        tf("azurerm_role_assignment", "a", {"scope": "/x", "role_definition_name": "Reader", "principal_id": "33333333-3333-3333-3333-333333333333"})],
        [(R, "fail", (1, "principal_id"))]),
]
