resource "azurerm_cognitive_account" "ais" {
  name                  = "ais-sweden"
  location              = "swedencentral"
  resource_group_name   = "rg-ai"
  kind                  = "AIServices"
  sku_name              = "S0"
  custom_subdomain_name = "ais-sweden"
}

resource "azurerm_cognitive_deployment" "gpt" {
  name                 = "gpt-4o"
  cognitive_account_id = azurerm_cognitive_account.ais.id

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-11-20"
  }

  sku {
    name     = "DataZoneStandard"
    capacity = 10
  }
}

resource "azurerm_search_service" "search" {
  name                = "srch-we"
  location            = "West Europe"
  resource_group_name = "rg-ai"
  sku                 = "standard"
}
