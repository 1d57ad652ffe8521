resource "azurerm_api_management" "apim" {
  name                = "apim-contoso"
  location            = "eastus"
  resource_group_name = "rg-ai"
  publisher_name      = "Contoso"
  publisher_email     = "ai-platform@contoso.com"
  sku_name            = "Developer_1"
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

resource "azurerm_api_management_api" "openai" {
  name                = "openai"
  resource_group_name = "rg-ai"
  api_management_name = azurerm_api_management.apim.name
  revision            = "1"
  display_name        = "Azure OpenAI"
  path                = "openai"
  protocols           = ["https"]
  service_url         = "https://${azurerm_cognitive_account.oai.custom_subdomain_name}.openai.azure.com/openai"
}

resource "azurerm_api_management_api_policy" "openai" {
  api_name            = azurerm_api_management_api.openai.name
  api_management_name = azurerm_api_management.apim.name
  resource_group_name = "rg-ai"

  xml_content = <<XML
<policies>
  <inbound>
    <base />
    <set-header name="api-key" exists-action="override">
      <value>{{openai-key}}</value>
    </set-header>
  </inbound>
  <backend>
    <base />
  </backend>
  <outbound>
    <base />
  </outbound>
  <on-error>
    <base />
  </on-error>
</policies>
XML
}

resource "azurerm_api_management_backend" "openai" {
  name                = "openai-backend"
  resource_group_name = "rg-ai"
  api_management_name = azurerm_api_management.apim.name
  protocol            = "http"
  url                 = "https://oai-contoso.openai.azure.com/openai"

  credentials {
    header = {
      "api-key" = "{{openai-key}}"
    }
  }
}
