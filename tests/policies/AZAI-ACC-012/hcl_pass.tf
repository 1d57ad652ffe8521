resource "azurerm_resource_group" "rg" {
  name     = "rg-ai"
  location = "eastus"
}

resource "azurerm_role_definition" "ai_reader" {
  name        = "AI Deployment Reader"
  scope       = azurerm_resource_group.rg.id
  description = "Reads AI accounts and their deployments, never their keys"

  permissions {
    actions = [
      "Microsoft.CognitiveServices/accounts/read",
      "Microsoft.CognitiveServices/accounts/deployments/read",
      "Microsoft.MachineLearningServices/*",
    ]
    not_actions = [
      "Microsoft.MachineLearningServices/*",
    ]
    data_actions = [
      "Microsoft.CognitiveServices/accounts/OpenAI/deployments/chat/completions/action",
    ]
  }

  assignable_scopes = [
    azurerm_resource_group.rg.id,
  ]
}
