resource "azurerm_storage_account" "st" {
  name                            = "stmlwshared"
  location                        = "eastus"
  resource_group_name             = "rg-ai"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = true
}

# private workspace, storage_account_access_type absent (default AccessKey)
resource "azurerm_machine_learning_workspace" "ws" {
  name                          = "mlw-shared"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  application_insights_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Insights/components/appi"
  key_vault_id                  = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id            = azurerm_storage_account.st.id
  public_network_access_enabled = false

  identity {
    type = "SystemAssigned"
  }
}
