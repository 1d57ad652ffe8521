resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-fail"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-fail"
  local_auth_enabled    = true
}

resource "azurerm_ai_services" "ais" {
  name                         = "ais-fail"
  location                     = "eastus"
  resource_group_name          = "rg-ai"
  sku_name                     = "S0"
  custom_subdomain_name        = "ais-fail"
  local_authentication_enabled = true
}

resource "azurerm_search_service" "search" {
  name                         = "srch-fail"
  location                     = "eastus"
  resource_group_name          = "rg-ai"
  sku                          = "standard"
  local_authentication_enabled = true
  authentication_failure_mode  = "http403"
}

resource "azapi_resource" "ais" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "ais-azapi"
  location  = "eastus"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  body = {
    kind = "AIServices"
    sku = {
      name = "S0"
    }
    properties = {
      customSubDomainName = "ais-azapi"
      disableLocalAuth    = false
    }
  }
}
