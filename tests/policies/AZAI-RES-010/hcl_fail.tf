resource "azurerm_resource_group" "rg" {
  name     = "rg-ai"
  location = "eastus"
}

resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-eastus"
  location              = azurerm_resource_group.rg.location
  resource_group_name   = azurerm_resource_group.rg.name
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-eastus"
}

resource "azurerm_cognitive_deployment" "gpt" {
  name                 = "gpt-4o"
  cognitive_account_id = azurerm_cognitive_account.oai.id

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-11-20"
  }

  sku {
    name     = "GlobalStandard"
    capacity = 10
  }
}

# "West Europe" is westeurope: allowed
resource "azurerm_search_service" "search" {
  name                = "srch-we"
  location            = "West Europe"
  resource_group_name = azurerm_resource_group.rg.name
  sku                 = "standard"
}

resource "azapi_resource" "pool" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-eastus"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    properties = {
      poolManagementType = "Dynamic"
      containerType      = "PythonLTS"
    }
  }
}
