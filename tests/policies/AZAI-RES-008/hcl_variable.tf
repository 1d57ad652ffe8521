variable "purge_protection" {
  type    = bool
  default = false
}

resource "azurerm_key_vault" "kv" {
  name                          = "kv-mlw-var"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  tenant_id                     = "00000000-0000-0000-0000-000000000000"
  sku_name                      = "standard"
  rbac_authorization_enabled    = true
  purge_protection_enabled      = var.purge_protection
  public_network_access_enabled = false
}

resource "azurerm_machine_learning_workspace" "ws" {
  name                          = "mlw-var"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  application_insights_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Insights/components/appi"
  key_vault_id                  = azurerm_key_vault.kv.id
  storage_account_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Storage/storageAccounts/st"
  public_network_access_enabled = false

  identity {
    type = "SystemAssigned"
  }
}
