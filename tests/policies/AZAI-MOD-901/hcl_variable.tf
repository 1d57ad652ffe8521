variable "model_format" {
  type    = string
  default = "DeepSeek"
}

resource "azurerm_ai_services" "ais" {
  name                  = "ais-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  sku_name              = "S0"
  custom_subdomain_name = "ais-contoso"
}

resource "azurerm_cognitive_deployment" "reasoning" {
  name                 = "reasoning"
  cognitive_account_id = azurerm_ai_services.ais.id

  model {
    format  = var.model_format
    name    = "DeepSeek-R1"
    version = "1"
  }

  sku {
    name = "GlobalStandard"
  }
}
