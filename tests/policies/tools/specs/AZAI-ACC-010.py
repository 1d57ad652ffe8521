R = "AZAI-ACC-010"
RA = "Microsoft.Authorization/roleAssignments"
CSUSER = "a97b65f3-24c7-4388-baec-2e87135dc908"
OAIUSER = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd"
OAICONTRIB = "a001fd3d-188f-4b5d-821b-7da978bf7442"
DS = "11111111-1111-1111-1111-111111111111"
SCOPE = "[resourceId('Microsoft.CognitiveServices/accounts', 'oai')]"
PERSONAS = {DS: "dataScientist", "2222*": "aiDeveloper"}


def acct(local_off=False):
    props = {"customSubDomainName": "oai"}
    if local_off:
        props["disableLocalAuth"] = True
    return arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", props, kind="OpenAI", sku={"name": "S0"})


def ra(name, role, principal):
    return arm(RA, name, "2022-04-01", {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '%s')]" % role,
        "principalId": principal, "principalType": "User"}, location=None, scope=SCOPE)


CASES = [
    case("arm_fail", "arm", [acct(), ra("a1", CSUSER, DS), ra("a2", OAICONTRIB, "22222222-0000-0000-0000-000000000000")],
         [(R, "fail", (1, "properties.roleDefinitionId")), (R, "fail", (2, "properties.roleDefinitionId"))],
         params={"principalPersonas": PERSONAS},
         comment="a1: key-reading role on an account with local auth on (high); a2: not an aiDeveloper role (glob match)"),
    case("arm_pass", "arm", [acct(True), ra("a1", OAIUSER, DS)], [(R, "none")], params={"principalPersonas": PERSONAS}),
    case("arm_inactive", "arm", [acct(), ra("a1", CSUSER, DS)], [(R, "none")],
         comment="principalPersonas unset: the rule is inactive"),
    case("tf_fail", "tf", [
        tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI", "sku_name": "S0"}),
        tf("azurerm_role_assignment", "ds", {"scope": "azurerm_cognitive_account.oai.id", "role_definition_name": "Cognitive Services User",
            "principal_id": DS, "principal_type": "User"}),
    ], [(R, "fail", (1, "role_definition_name"))], params={"principalPersonas": PERSONAS}),
]
