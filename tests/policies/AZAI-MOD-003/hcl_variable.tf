variable "jailbreak_blocking" {
  type    = bool
  default = false
}

resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "AIServices"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"
}

resource "azurerm_cognitive_account_rai_policy" "custom" {
  name                 = "custom"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  base_policy_name     = "Microsoft.DefaultV2"

  content_filter {
    name           = "Jailbreak"
    filter_enabled = true
    block_enabled  = var.jailbreak_blocking
    source         = "Prompt"
  }
}

resource "azurerm_cognitive_deployment" "chat" {
  name                 = "chat"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  rai_policy_name      = azurerm_cognitive_account_rai_policy.custom.name

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-11-20"
  }

  sku {
    name = "GlobalStandard"
  }
}
