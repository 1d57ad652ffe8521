resource "azurerm_ai_foundry" "hub" {
  name                = "hub-sys"
  location            = "eastus"
  resource_group_name = "rg-ai"
  storage_account_id  = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Storage/storageAccounts/stai"
  key_vault_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv-ai"

  identity {
    type = "SystemAssigned"
  }
}
