variable "public_access" {
  type    = bool
  default = true
}

resource "azurerm_machine_learning_workspace" "ws" {
  name                          = "mlw-var"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  application_insights_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Insights/components/appi"
  key_vault_id                  = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Storage/storageAccounts/st"
  public_network_access_enabled = var.public_access

  identity {
    type = "SystemAssigned"
  }
}
