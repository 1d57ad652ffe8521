resource "azurerm_search_service" "search" {
  name                = "srch-azapi"
  location            = "eastus"
  resource_group_name = "rg-ai"
  sku                 = "basic"
}

resource "azapi_resource" "openai" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "oai-azapi"
  location  = "eastus"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  body = {
    kind = "OpenAI"
    sku = {
      name = "S0"
    }
    properties = {
      customSubDomainName = "oai-azapi"
    }
  }
}

resource "azapi_resource_action" "openai_keys" {
  type                   = "Microsoft.CognitiveServices/accounts@2024-10-01"
  resource_id            = azapi_resource.openai.id
  action                 = "listKeys"
  response_export_values = ["key1"]
}

resource "azapi_resource" "search_conn" {
  type      = "Microsoft.MachineLearningServices/workspaces/connections@2024-10-01"
  name      = "search"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/hub"
  body = {
    properties = {
      category = "CognitiveSearch"
      target   = "https://srch-azapi.search.windows.net"
      authType = "ApiKey"
      credentials = {
        key = azurerm_search_service.search.primary_key
      }
    }
  }
}

resource "azapi_resource" "oai_named_value" {
  type      = "Microsoft.ApiManagement/service/namedValues@2024-05-01"
  name      = "oai-key"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.ApiManagement/service/apim-ai"
  body = {
    properties = {
      displayName = "oai-key"
      secret      = true
      value       = azapi_resource_action.openai_keys.output.key1
    }
  }
}
