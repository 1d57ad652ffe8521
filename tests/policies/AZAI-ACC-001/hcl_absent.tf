# No local_auth_enabled / local_authentication_enabled: the provider default (true) applies.
resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-absent"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-absent"
}

resource "azurerm_ai_services" "ais" {
  name                  = "ais-absent"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  sku_name              = "S0"
  custom_subdomain_name = "ais-absent"
}

resource "azurerm_search_service" "search" {
  name                = "srch-absent"
  location            = "eastus"
  resource_group_name = "rg-ai"
  sku                 = "basic"
}

resource "azapi_resource" "search" {
  type      = "Microsoft.Search/searchServices@2025-05-01"
  name      = "srch-azapi-absent"
  location  = "eastus"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  body = {
    sku = {
      name = "basic"
    }
  }
}
