resource "azurerm_ai_services" "ais" {
  name                  = "ais-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  sku_name              = "S0"
  custom_subdomain_name = "ais-contoso"
}

resource "azurerm_cognitive_deployment" "chat" {
  name                 = "chat"
  cognitive_account_id = azurerm_ai_services.ais.id

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-11-20"
  }

  sku {
    name = "GlobalStandard"
  }
}

resource "azurerm_cognitive_deployment" "embed" {
  name                 = "embed"
  cognitive_account_id = azurerm_ai_services.ais.id

  model {
    format  = "OpenAI"
    name    = "text-embedding-3-large"
    version = "1"
  }

  sku {
    name = "GlobalStandard"
  }
}
