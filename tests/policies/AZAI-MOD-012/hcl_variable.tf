variable "public_network_access_enabled" {
  type    = bool
  default = true
}

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
  public_network_access_enabled = var.public_network_access_enabled
}

resource "azurerm_api_management_api" "openai" {
  name                = "openai"
  resource_group_name = "rg-ai"
  api_management_name = azurerm_api_management.apim.name
  revision            = "1"
  display_name        = "Azure OpenAI"
  path                = "openai"
  protocols           = ["https"]
  service_url         = "https://oai-contoso.openai.azure.com/openai"
}
