resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"
}

resource "azurerm_cognitive_account_rai_policy" "streaming" {
  name                 = "streaming"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  base_policy_name     = "Microsoft.DefaultV2"
  mode                 = "Asynchronous_filter"

  content_filter {
    name           = "Jailbreak"
    filter_enabled = true
    block_enabled  = true
    source         = "Prompt"
  }
}
