resource "azurerm_cognitive_account_connection_entra_id" "search" {
  name                 = "search"
  cognitive_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/ais-hub"
  category             = "CognitiveSearch"
  target               = "https://srch-ai.search.windows.net"

  metadata = {
    ApiType = "Azure"
  }
}

resource "azurerm_cognitive_account_connection_account_managed_identity" "kv" {
  name                 = "kv"
  cognitive_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/ais-hub"
  category             = "AzureKeyVault"
  target               = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv-ai"

  metadata = {
    ApiType = "Azure"
  }
}

resource "azapi_resource" "hub_conn" {
  type      = "Microsoft.MachineLearningServices/workspaces/connections@2025-06-01"
  name      = "aoai"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/hub"
  body = {
    properties = {
      category = "AzureOpenAI"
      target   = "https://oai-ai.openai.azure.com/"
      authType = "AAD"
    }
  }
}
