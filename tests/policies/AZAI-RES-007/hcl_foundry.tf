resource "azurerm_storage_account" "hub" {
  name                          = "sthubshared"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  account_tier                  = "Standard"
  account_replication_type      = "LRS"
  shared_access_key_enabled     = false
  public_network_access_enabled = false
}

# no azapi_update_resource switches the hub to identity-based datastores
resource "azurerm_ai_foundry" "hub" {
  name                  = "hub-shared"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  storage_account_id    = azurerm_storage_account.hub.id
  key_vault_id          = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv"
  public_network_access = "Disabled"

  identity {
    type = "SystemAssigned"
  }
}

# the storage account is read from a data source: not in this configuration
data "azurerm_storage_account" "shared" {
  name                = "stshared"
  resource_group_name = "rg-shared"
}

resource "azurerm_machine_learning_workspace" "ws" {
  name                          = "mlw-external"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  application_insights_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Insights/components/appi"
  key_vault_id                  = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id            = data.azurerm_storage_account.shared.id
  storage_account_access_type   = "Identity"
  public_network_access_enabled = false

  identity {
    type = "SystemAssigned"
  }
}
