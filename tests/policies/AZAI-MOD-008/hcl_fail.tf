resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"
}

resource "azurerm_cognitive_deployment" "chat" {
  name                 = "chat"
  cognitive_account_id = azurerm_cognitive_account.oai.id

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-08-06"
  }

  sku {
    name = "GlobalStandard"
  }
}

resource "azurerm_cognitive_deployment" "legacy" {
  name                 = "legacy"
  cognitive_account_id = azurerm_cognitive_account.oai.id

  model {
    format  = "OpenAI"
    name    = "gpt-35-turbo"
    version = "0125"
  }

  sku {
    name = "GlobalStandard"
  }
}

# no version: the service deploys the current default version, which is not pinned

resource "azurerm_cognitive_deployment" "latest" {
  name                 = "latest"
  cognitive_account_id = azurerm_cognitive_account.oai.id

  model {
    format = "OpenAI"
    name   = "gpt-4o"
  }

  sku {
    name = "GlobalStandard"
  }
}
