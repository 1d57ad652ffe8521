resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"
}

# a policy without a Jailbreak content_filter: inheritance from the base policy is undocumented
resource "azurerm_cognitive_account_rai_policy" "hate" {
  name                 = "hate-only"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  base_policy_name     = "Microsoft.DefaultV2"

  content_filter {
    name               = "Hate"
    filter_enabled     = true
    block_enabled      = true
    severity_threshold = "Low"
    source             = "Prompt"
  }
}

resource "azurerm_cognitive_deployment" "chat" {
  name                 = "chat"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  rai_policy_name      = azurerm_cognitive_account_rai_policy.hate.name

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-11-20"
  }

  sku {
    name = "GlobalStandard"
  }
}

# a policy managed outside this configuration
resource "azurerm_cognitive_deployment" "shared" {
  name                 = "shared"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  rai_policy_name      = "org-shared-policy"

  model {
    format  = "OpenAI"
    name    = "gpt-4o-mini"
    version = "2024-07-18"
  }

  sku {
    name = "GlobalStandard"
  }
}
