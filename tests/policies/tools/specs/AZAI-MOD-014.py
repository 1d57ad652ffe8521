R = "AZAI-MOD-014"
RA = "Microsoft.Authorization/roleAssignments"
OAIUSER = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd"
CSCONTRIB = "25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68"
APIMREF = "[reference(resourceId('Microsoft.ApiManagement/service', 'apim'), '2024-05-01', 'full').identity.principalId]"
ACCT = "[resourceId('Microsoft.CognitiveServices/accounts', 'oai')]"


def svc(identity=None):
    return arm("Microsoft.ApiManagement/service", "apim", "2024-05-01", {"publisherEmail": "a@b.c", "publisherName": "x"},
               sku={"name": "Developer", "capacity": 1}, identity=identity or {"type": "SystemAssigned"})


def acct():
    return arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {"customSubDomainName": "oai"}, kind="OpenAI", sku={"name": "S0"})


def ra(name, role, pid, scope=None):
    extra = {"scope": scope} if scope else {}
    rid = role if role.startswith("[") else "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '%s')]" % role
    return arm(RA, name, "2022-04-01", {"roleDefinitionId": rid,
               "principalId": pid, "principalType": "ServicePrincipal"}, location=None, **extra)


CASES = [
    case("arm_fail", "arm", [svc(), acct(), ra("a1", CSCONTRIB, APIMREF, ACCT), ra("a2", OAIUSER, APIMREF)],
         [(R, "fail", (2, "properties.roleDefinitionId")), (R, "fail", (3, "properties"))],
         comment="Cognitive Services Contributor (can manage keys); OpenAI User at resource group scope"),
    case("arm_pass", "arm", [svc(), acct(), ra("a1", OAIUSER, APIMREF, ACCT), ra("a2", CSCONTRIB, "11111111-1111-1111-1111-111111111111", ACCT)],
         [(R, "none")], comment="a literal principal id cannot be tied to the gateway"),
    case("arm_uai", "arm", [
        arm("Microsoft.ManagedIdentity/userAssignedIdentities", "gw-id", "2023-01-31", None),
        svc({"type": "UserAssigned", "userAssignedIdentities": {"[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'gw-id')]": {}}}),
        acct(),
        ra("a1", "b24988ac-6180-42a0-ab88-20f7382dd24c", "[reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'gw-id'), '2023-01-31').principalId]", ACCT),
    ], [(R, "fail", (3, "properties.roleDefinitionId"))], comment="Contributor on the gateway's user-assigned identity"),
    case("arm_allowed", "arm", [svc(), acct(), ra("a1", CSCONTRIB, APIMREF, ACCT)], [(R, "none")],
         params={"gatewayAllowedRoles": [OAIUSER, CSCONTRIB]}),
    case("arm_param", "arm", [svc(), acct(), ra("a1", "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', parameters('role'))]", APIMREF, ACCT)],
         [(R, "fail", (2, "properties.roleDefinitionId"))], parameters={"role": param("string", CSCONTRIB)}),
    case("arm_unknown_scope", "arm", [svc(), ra("a1", OAIUSER, APIMREF, "[reference('x').outputs.id.value]")],
         [(R, "unknown", (1, "scope"))]),
    case("tf_fail", "tf", [
        tf("azurerm_api_management", "gw", {"name": "gw", "sku_name": "Developer_1", "identity": [{"type": "SystemAssigned"}]}),
        tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI", "sku_name": "S0"}),
        tf("azurerm_role_assignment", "gw", {"scope": UNKNOWN, "role_definition_name": "Cognitive Services User", "principal_id": UNKNOWN},
           expressions={"scope": {"references": ["azurerm_cognitive_account.oai.id", "azurerm_cognitive_account.oai"]},
                        "principal_id": {"references": ["azurerm_api_management.gw.identity[0].principal_id", "azurerm_api_management.gw.identity[0]",
                                                        "azurerm_api_management.gw.identity", "azurerm_api_management.gw"]}}),
    ], [(R, "fail", (2, "role_definition_name"))], comment="Cognitive Services User can list keys"),
    case("tf_pass", "tf", [
        tf("azurerm_api_management", "gw", {"name": "gw", "sku_name": "Developer_1", "identity": [{"type": "SystemAssigned"}]}),
        tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI", "sku_name": "S0"}),
        tf("azurerm_role_assignment", "gw", {"scope": UNKNOWN, "role_definition_name": "Cognitive Services OpenAI User", "principal_id": UNKNOWN},
           expressions={"scope": {"references": ["azurerm_cognitive_account.oai.id", "azurerm_cognitive_account.oai"]},
                        "principal_id": {"references": ["azurerm_api_management.gw.identity[0].principal_id", "azurerm_api_management.gw"]}}),
    ], [(R, "none")]),
]
