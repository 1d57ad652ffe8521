resource "azurerm_resource_group" "rg" {
  name     = "rg-ai"
  location = "eastus"
}

resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = azurerm_resource_group.rg.location
  resource_group_name   = azurerm_resource_group.rg.name
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"
  local_auth_enabled    = false
}

resource "azurerm_api_management" "apim" {
  name                = "apim-contoso"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  publisher_name      = "Contoso"
  publisher_email     = "ai-platform@contoso.com"
  sku_name            = "Developer_1"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_role_assignment" "gw_openai_user" {
  scope                = azurerm_cognitive_account.oai.id
  role_definition_name = "Cognitive Services OpenAI User"
  principal_id         = azurerm_api_management.apim.identity[0].principal_id
  principal_type       = "ServicePrincipal"
}
