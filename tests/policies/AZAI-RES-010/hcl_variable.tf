variable "location" {
  type    = string
  default = "eastus"
}

variable "deployment_type" {
  type    = string
  default = "GlobalStandard"
}

resource "azurerm_cognitive_account" "ais" {
  name                  = "ais-var"
  location              = var.location
  resource_group_name   = "rg-ai"
  kind                  = "AIServices"
  sku_name              = "S0"
  custom_subdomain_name = "ais-var"
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
    name     = var.deployment_type
    capacity = 10
  }
}
