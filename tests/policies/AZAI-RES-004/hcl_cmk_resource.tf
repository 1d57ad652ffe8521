# azurerm_cognitive_account_customer_managed_key protects account a only
resource "azurerm_cognitive_account" "a" {
  name                  = "a"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "a"
}

resource "azurerm_cognitive_account" "b" {
  name                  = "b"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "b"
}

resource "azurerm_cognitive_account_customer_managed_key" "a" {
  cognitive_account_id = azurerm_cognitive_account.a.id
  key_vault_key_id     = "https://kv-cmk.vault.azure.net/keys/a"
}
