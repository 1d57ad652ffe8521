R = "AZAI-ACC-012"
RD = "Microsoft.Authorization/roleDefinitions"
RG = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"


def rd(name, perms, scopes):
    return arm(RD, name, "2022-04-01", {"roleName": name, "type": "CustomRole", "permissions": perms,
                                         "assignableScopes": scopes}, location=None)


CASES = [
    case("arm_fail", "arm", [
        rd("ai-ops", [{"actions": ["Microsoft.CognitiveServices/*", "Microsoft.Resources/subscriptions/resourceGroups/read"],
                       "dataActions": ["Microsoft.CognitiveServices/accounts/listKeys/action"]}], ["/subscriptions/00000000-0000-0000-0000-000000000000"]),
    ], [(R, "fail", (0, "properties.permissions[0].actions[0]")), (R, "fail", (0, "properties.permissions[0].dataActions[0]")),
        (R, "fail", (0, "properties.assignableScopes[0]"))], comment="the subscription-wide assignable scope is medium"),
    case("arm_pass", "arm", [
        rd("ai-reader", [{"actions": ["Microsoft.CognitiveServices/accounts/read", "Microsoft.Authorization/*"],
                          "notActions": ["Microsoft.Authorization/*"]}], [RG]),
    ], [(R, "none")], comment="an action excluded by notActions in the same permission passes"),
    case("arm_param", "arm", [rd("x", [{"actions": ["[parameters('act')]"]}], [RG])],
         [(R, "fail", (0, "properties.permissions[0].actions[0]"))],
         parameters={"act": param("string", "Microsoft.Authorization/roleAssignments/write")}),
    case("tf_fail", "tf", [
        tf("azurerm_role_definition", "ops", {"name": "ops", "scope": RG, "assignable_scopes": [RG],
            "permissions": [{"actions": ["*"], "not_actions": [], "data_actions": [], "not_data_actions": []}]}),
    ], [(R, "fail", (0, "permissions[0].actions[0]"))]),
    case("tf_pass", "tf", [
        tf("azurerm_role_definition", "ops", {"name": "ops", "scope": RG, "assignable_scopes": [RG],
            "permissions": [{"actions": ["Microsoft.CognitiveServices/accounts/read"], "not_actions": [], "data_actions": [], "not_data_actions": []}]}),
    ], [(R, "none")]),
]
