resource "azurerm_api_management" "apim" {
  name                = "apim-contoso"
  location            = "eastus"
  resource_group_name = "rg-ai"
  publisher_name      = "Contoso"
  publisher_email     = "ai-platform@contoso.com"
  sku_name            = "Developer_1"
}

# subscription_required absent (default true): subscription keys only
resource "azurerm_api_management_api" "openai" {
  name                = "openai"
  resource_group_name = "rg-ai"
  api_management_name = azurerm_api_management.apim.name
  revision            = "1"
  display_name        = "Azure OpenAI"
  path                = "openai"
  protocols           = ["http", "https"]
  service_url         = "https://oai-contoso.openai.azure.com/openai"
}

resource "azurerm_api_management_api_policy" "openai" {
  api_name            = azurerm_api_management_api.openai.name
  api_management_name = azurerm_api_management.apim.name
  resource_group_name = "rg-ai"

  xml_content = <<XML
<policies>
  <inbound>
    <base />
    <authentication-managed-identity resource="https://cognitiveservices.azure.com" />
  </inbound>
  <backend>
    <base />
  </backend>
  <outbound>
    <base />
  </outbound>
</policies>
XML
}
