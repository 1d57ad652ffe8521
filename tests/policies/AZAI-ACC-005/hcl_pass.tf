resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-pass"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-pass"
  local_auth_enabled    = false
}

resource "azurerm_search_service" "search" {
  name                         = "srch-pass"
  location                     = "eastus"
  resource_group_name          = "rg-ai"
  sku                          = "basic"
  local_authentication_enabled = false
}

# Consumers get ids and endpoints and authenticate with their own identity.
output "openai_id" {
  value = azurerm_cognitive_account.openai.id
}

output "openai_endpoint" {
  value = azurerm_cognitive_account.openai.endpoint
}

output "search" {
  value = {
    id   = azurerm_search_service.search.id
    name = azurerm_search_service.search.name
  }
}
