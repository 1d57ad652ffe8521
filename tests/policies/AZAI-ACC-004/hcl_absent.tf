# No custom_subdomain_name: the account gets a regional endpoint and cannot use Entra ID tokens.
resource "azurerm_cognitive_account" "speech" {
  name                = "speech-absent"
  location            = "eastus"
  resource_group_name = "rg-ai"
  kind                = "SpeechServices"
  sku_name            = "S0"
  local_auth_enabled  = false
}

resource "azurerm_ai_services" "ais" {
  name                         = "ais-absent"
  location                     = "eastus"
  resource_group_name          = "rg-ai"
  sku_name                     = "S0"
  local_authentication_enabled = false
}

resource "azapi_resource" "ais" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "ais-azapi-absent"
  location  = "eastus"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  body = {
    kind = "AIServices"
    sku = {
      name = "S0"
    }
    properties = {
      disableLocalAuth = true
    }
  }
}
