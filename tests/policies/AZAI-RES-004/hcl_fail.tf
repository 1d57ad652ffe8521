# no customer_managed_key block and no azurerm_cognitive_account_customer_managed_key
resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-mmk"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-mmk"
}

resource "azurerm_machine_learning_workspace" "ws" {
  name                    = "mlw-mmk"
  location                = "eastus"
  resource_group_name     = "rg-ai"
  application_insights_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Insights/components/appi"
  key_vault_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Storage/storageAccounts/st"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_search_service" "explicit" {
  name                                     = "srch-mmk"
  location                                 = "eastus"
  resource_group_name                      = "rg-ai"
  sku                                      = "standard"
  customer_managed_key_enforcement_enabled = false
}

# customer_managed_key_enforcement_enabled defaults to false
resource "azurerm_search_service" "default" {
  name                = "srch-default"
  location            = "eastus"
  resource_group_name = "rg-ai"
  sku                 = "standard"
}
