variable "datastore_auth" {
  type    = string
  default = "AccessKey"
}

variable "shared_keys" {
  type    = bool
  default = true
}

resource "azurerm_storage_account" "st" {
  name                          = "stmlwvar"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  account_tier                  = "Standard"
  account_replication_type      = "LRS"
  shared_access_key_enabled     = var.shared_keys
  public_network_access_enabled = false
}

resource "azurerm_machine_learning_workspace" "ws" {
  name                          = "mlw-var"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  application_insights_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Insights/components/appi"
  key_vault_id                  = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id            = azurerm_storage_account.st.id
  storage_account_access_type   = var.datastore_auth
  public_network_access_enabled = false

  identity {
    type = "SystemAssigned"
  }
}
