resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-pass"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-pass"
  local_auth_enabled    = false
}

resource "azurerm_ai_services" "ais" {
  name                         = "ais-pass"
  location                     = "eastus"
  resource_group_name          = "rg-ai"
  sku_name                     = "S0"
  custom_subdomain_name        = "ais-pass"
  local_authentication_enabled = false
}

resource "azurerm_search_service" "search" {
  name                         = "srch-pass"
  location                     = "eastus"
  resource_group_name          = "rg-ai"
  sku                          = "standard"
  local_authentication_enabled = false
}

resource "azapi_resource" "search" {
  type      = "Microsoft.Search/searchServices@2025-05-01"
  name      = "srch-azapi"
  location  = "eastus"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  body = {
    sku = {
      name = "basic"
    }
    properties = {
      disableLocalAuth = true
    }
  }
}
