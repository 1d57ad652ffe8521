resource "azurerm_resource_group" "rg" {
  name     = "rg-ai"
  location = "eastus"
}

resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = azurerm_resource_group.rg.location
  resource_group_name   = azurerm_resource_group.rg.name
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"
  local_auth_enabled    = false
}

resource "azurerm_cognitive_account_rai_policy" "weak" {
  name                 = "weak"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  base_policy_name     = "Microsoft.DefaultV2"

  content_filter {
    name               = "Hate"
    filter_enabled     = true
    block_enabled      = true
    severity_threshold = "Medium"
    source             = "Prompt"
  }

  content_filter {
    name           = "Jailbreak"
    filter_enabled = true
    block_enabled  = false
    source         = "Prompt"
  }
}

resource "azurerm_cognitive_deployment" "chat" {
  name                 = "chat"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  rai_policy_name      = azurerm_cognitive_account_rai_policy.weak.name

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-11-20"
  }

  sku {
    name     = "Standard"
    capacity = 10
  }
}
