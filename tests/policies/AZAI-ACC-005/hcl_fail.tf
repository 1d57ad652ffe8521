resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-out"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-out"
}

resource "azurerm_search_service" "search" {
  name                = "srch-out"
  location            = "eastus"
  resource_group_name = "rg-ai"
  sku                 = "basic"
}

output "openai_endpoint" {
  value = azurerm_cognitive_account.openai.endpoint
}

# sensitive = true hides the value from the CLI, not from state.
output "openai_key" {
  value     = azurerm_cognitive_account.openai.primary_access_key
  sensitive = true
}

output "search_query_key" {
  value     = azurerm_search_service.search.query_keys[0].key
  sensitive = true
}

output "search" {
  value = {
    endpoint  = "https://${azurerm_search_service.search.name}.search.windows.net"
    admin_key = azurerm_search_service.search.primary_key
  }
  sensitive = true
}
