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

# azurerm_ai_services: public_network_access is a string, default "Enabled"
resource "azurerm_ai_services" "ais" {
  name                  = "ais-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  sku_name              = "S0"
  custom_subdomain_name = "ais-contoso"
  public_network_access = "Enabled"
}

resource "azurerm_api_management_api" "openai" {
  name                = "openai"
  resource_group_name = "rg-ai"
  api_management_name = azurerm_api_management.apim.name
  revision            = "1"
  display_name        = "Azure OpenAI"
  path                = "openai"
  protocols           = ["https"]
  service_url         = "https://ais-contoso.services.ai.azure.com/models"
}
