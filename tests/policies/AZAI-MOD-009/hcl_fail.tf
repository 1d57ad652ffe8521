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
  version_upgrade_option = "OnceNewDefaultVersionAvailable"

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-11-20"
  }

  sku {
    name = "GlobalStandard"
  }
}

# version_upgrade_option left out: the provider sends its default OnceNewDefaultVersionAvailable

resource "azurerm_cognitive_deployment" "mini" {
  name                 = "mini"
  cognitive_account_id = azurerm_cognitive_account.oai.id

  model {
    format  = "OpenAI"
    name    = "gpt-4o-mini"
    version = "2024-07-18"
  }

  sku {
    name = "GlobalStandard"
  }
}

# no model version: the service picks the current default

resource "azurerm_cognitive_deployment" "latest" {
  name                   = "latest"
  cognitive_account_id   = azurerm_cognitive_account.oai.id
  version_upgrade_option = "NoAutoUpgrade"

  model {
    format = "OpenAI"
    name   = "gpt-4.1"
  }

  sku {
    name = "GlobalStandard"
  }
}
