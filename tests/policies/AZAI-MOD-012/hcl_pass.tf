resource "azurerm_api_management" "apim" {
  name                = "apim-contoso"
  location            = "eastus"
  resource_group_name = "rg-ai"
  publisher_name      = "Contoso"
  publisher_email     = "ai-platform@contoso.com"
  sku_name            = "Developer_1"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_cognitive_account" "oai" {
  name                          = "oai-contoso"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  custom_subdomain_name         = "oai-contoso"
  public_network_access_enabled = false
}

# the backend url is read from the account after apply
resource "azurerm_api_management_backend" "openai" {
  name                = "openai-backend"
  resource_group_name = "rg-ai"
  api_management_name = azurerm_api_management.apim.name
  protocol            = "http"
  url                 = azurerm_cognitive_account.oai.endpoint
}
