resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-fail"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = ""
  local_auth_enabled    = false
}

resource "azapi_resource" "ais" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "ais-azapi"
  location  = "eastus"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  body = {
    kind = "AIServices"
    sku = {
      name = "S0"
    }
    properties = {
      customSubDomainName = ""
      disableLocalAuth    = true
    }
  }
}
