resource "azurerm_management_group" "ai" {
  display_name = "AI workloads"
}

resource "azurerm_role_definition" "ai_reader" {
  name        = "AI Reader"
  scope       = azurerm_management_group.ai.id
  description = "Reads AI accounts"

  permissions {
    actions = ["Microsoft.CognitiveServices/accounts/read"]
  }

  assignable_scopes = [azurerm_management_group.ai.id]
}
