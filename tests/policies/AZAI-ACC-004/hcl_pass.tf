resource "random_string" "suffix" {
  length  = 6
  special = false
  upper   = false
}

resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-pass"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-pass"
  local_auth_enabled    = false
}

# A subdomain known only after apply is still a subdomain.
resource "azurerm_ai_services" "ais" {
  name                         = "ais-${random_string.suffix.result}"
  location                     = "eastus"
  resource_group_name          = "rg-ai"
  sku_name                     = "S0"
  custom_subdomain_name        = "ais-${random_string.suffix.result}"
  local_authentication_enabled = false
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
      customSubDomainName = "ais-azapi"
      disableLocalAuth    = true
    }
  }
}
