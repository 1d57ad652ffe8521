resource "azurerm_role_definition" "ai_operator" {
  name        = "AI Operator"
  scope       = "/subscriptions/00000000-0000-0000-0000-000000000000"
  description = "Operates the AI accounts of the platform"

  permissions {
    actions = [
      "Microsoft.CognitiveServices/accounts/read",
      "Microsoft.CognitiveServices/accounts/listKeys/action",
      "Microsoft.Resources/subscriptions/resourceGroups/read",
    ]
    not_actions = []
    data_actions = [
      "Microsoft.CognitiveServices/*",
    ]
  }

  permissions {
    actions     = ["*"]
    not_actions = ["Microsoft.Authorization/*/write"]
  }

  assignable_scopes = [
    "/subscriptions/00000000-0000-0000-0000-000000000000",
  ]
}
