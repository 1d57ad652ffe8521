variable "rai_policy_name" {
  type    = string
  default = "Microsoft.DefaultV2"
}

resource "azurerm_ai_services" "ais" {
  name                  = "ais-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  sku_name              = "S0"
  custom_subdomain_name = "ais-contoso"
}

resource "azurerm_search_service" "search" {
  name                = "srch-contoso"
  location            = "eastus"
  resource_group_name = "rg-ai"
  sku                 = "standard"
}

resource "azurerm_cognitive_deployment" "chat" {
  name                 = "chat"
  cognitive_account_id = azurerm_ai_services.ais.id
  rai_policy_name      = var.rai_policy_name

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-11-20"
  }

  sku {
    name = "GlobalStandard"
  }
}
