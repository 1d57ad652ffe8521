resource "azurerm_api_management" "apim" {
  name                = "apim-contoso"
  location            = "eastus"
  resource_group_name = "rg-ai"
  publisher_name      = "Contoso"
  publisher_email     = "ai-platform@contoso.com"
  sku_name            = "Developer_1"
}

resource "azurerm_api_management_api" "openai" {
  name                  = "openai"
  resource_group_name   = "rg-ai"
  api_management_name   = azurerm_api_management.apim.name
  revision              = "1"
  display_name          = "Azure OpenAI"
  path                  = "openai"
  protocols             = ["https"]
  service_url           = "https://oai-contoso.openai.azure.com/openai"
  subscription_required = false
}

# the service policy validates Entra ID tokens; the API policy keeps <base />
resource "azurerm_api_management_policy" "global" {
  api_management_id = azurerm_api_management.apim.id
  xml_content       = <<XML
<policies>
  <inbound>
    <validate-azure-ad-token tenant-id="{{tenant-id}}">
      <audiences>
        <audience>api://ai-gateway</audience>
      </audiences>
    </validate-azure-ad-token>
  </inbound>
  <backend>
    <forward-request />
  </backend>
  <outbound />
  <on-error />
</policies>
XML
}

resource "azurerm_api_management_api_policy" "openai" {
  api_name            = azurerm_api_management_api.openai.name
  api_management_name = azurerm_api_management.apim.name
  resource_group_name = "rg-ai"
  xml_content         = "<policies><inbound><base /><authentication-managed-identity resource=\"https://cognitiveservices.azure.com\" /></inbound><backend><base /></backend><outbound><base /></outbound></policies>"
}
