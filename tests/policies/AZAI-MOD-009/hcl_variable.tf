variable "version_upgrade_option" {
  type    = string
  default = "OnceNewDefaultVersionAvailable"
}

resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"
}

resource "azurerm_cognitive_deployment" "chat" {
  name                   = "chat"
  cognitive_account_id   = azurerm_cognitive_account.oai.id
  version_upgrade_option = var.version_upgrade_option

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-11-20"
  }

  sku {
    name = "GlobalStandard"
  }
}
