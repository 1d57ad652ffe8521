resource "azurerm_search_service" "search" {
  name                = "srch-contoso"
  location            = "eastus"
  resource_group_name = "rg-ai"
  sku                 = "standard"
}

resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"
}

resource "azurerm_cognitive_account_rai_policy" "rag" {
  name                 = "rag-policy"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  base_policy_name     = "Microsoft.DefaultV2"

  content_filter {
    name           = "Indirect Attack"
    filter_enabled = true
    block_enabled  = true
    source         = "Prompt"
  }
}

resource "azurerm_cognitive_deployment" "chat" {
  name                 = "chat"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  rai_policy_name      = azurerm_cognitive_account_rai_policy.rag.name

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-11-20"
  }

  sku {
    name = "GlobalStandard"
  }
}

# embeddings take no chat prompts
resource "azurerm_cognitive_deployment" "embed" {
  name                 = "embed"
  cognitive_account_id = azurerm_cognitive_account.oai.id

  model {
    format  = "OpenAI"
    name    = "text-embedding-3-small"
    version = "1"
  }

  sku {
    name = "Standard"
  }
}
