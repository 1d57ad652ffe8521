variable "search_api_key" {
  type      = string
  sensitive = true
}

resource "azurerm_storage_account" "data" {
  name                     = "staidata"
  resource_group_name      = "rg-ai"
  location                 = "eastus"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_cognitive_account_connection_api_key" "search" {
  name                 = "search"
  cognitive_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/ais-hub"
  category             = "CognitiveSearch"
  target               = "https://srch-ai.search.windows.net"
  api_key              = var.search_api_key

  metadata = {
    ApiType = "Azure"
  }
}

resource "azurerm_cognitive_account_connection_account_key" "blob" {
  name                 = "blob"
  cognitive_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/ais-hub"
  category             = "AzureStorageAccount"
  target               = azurerm_storage_account.data.primary_blob_endpoint
  account_key          = azurerm_storage_account.data.primary_access_key

  metadata = {
    ApiType    = "Azure"
    ResourceId = azurerm_storage_account.data.id
  }
}

resource "azurerm_cognitive_account_connection_custom_keys" "partner" {
  name                 = "partner"
  cognitive_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/ais-hub"
  category             = "CustomKeys"
  target               = "https://api.partner.example.com/"

  metadata = {
    ApiType = "Azure"
  }

  custom_keys = {
    x-api-key = var.search_api_key
  }
}

resource "azapi_resource" "hub_conn" {
  type      = "Microsoft.MachineLearningServices/workspaces/connections@2025-06-01"
  name      = "aoai"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/hub"
  body = {
    properties = {
      category      = "AzureOpenAI"
      target        = "https://oai-ai.openai.azure.com/"
      authType      = "ApiKey"
      isSharedToAll = true
      credentials = {
        key = var.search_api_key
      }
    }
  }
}
