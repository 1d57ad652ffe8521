# azurerm_ai_services has no kind attribute: it is always a generative AIServices account
resource "azurerm_ai_services" "ais" {
  name                  = "ais-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  sku_name              = "S0"
  custom_subdomain_name = "ais-contoso"
}

resource "azurerm_cognitive_account_rai_policy" "off" {
  name                 = "shield-off"
  cognitive_account_id = azurerm_ai_services.ais.id
  base_policy_name     = "Microsoft.DefaultV2"

  content_filter {
    name           = "Jailbreak"
    filter_enabled = false
    block_enabled  = false
    source         = "Prompt"
  }
}

resource "azurerm_cognitive_deployment" "chat" {
  name                 = "chat"
  cognitive_account_id = azurerm_ai_services.ais.id
  rai_policy_name      = azurerm_cognitive_account_rai_policy.off.name

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-11-20"
  }

  sku {
    name = "GlobalStandard"
  }
}
