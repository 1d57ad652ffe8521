resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"
}

resource "azapi_resource" "defender" {
  type      = "Microsoft.CognitiveServices/accounts/defenderForAISettings@2024-10-01"
  name      = "Default"
  parent_id = azurerm_cognitive_account.oai.id
  body = {
    properties = {
      state = "Disabled"
    }
  }
}
