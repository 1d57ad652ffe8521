resource "azurerm_storage_account" "st" {
  name                            = "stmlwidentity"
  location                        = "eastus"
  resource_group_name             = "rg-ai"
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  shared_access_key_enabled       = false
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false
}

resource "azurerm_machine_learning_workspace" "ws" {
  name                          = "mlw-identity"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  application_insights_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Insights/components/appi"
  key_vault_id                  = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id            = azurerm_storage_account.st.id
  storage_account_access_type   = "Identity"
  public_network_access_enabled = false

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_storage_account" "hub" {
  name                      = "sthubidentity"
  location                  = "eastus"
  resource_group_name       = "rg-ai"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  shared_access_key_enabled = false

  network_rules {
    default_action = "Deny"
    bypass         = ["AzureServices"]
  }
}

resource "azurerm_ai_foundry" "hub" {
  name                  = "hub-identity"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  storage_account_id    = azurerm_storage_account.hub.id
  key_vault_id          = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv"
  public_network_access = "Disabled"

  identity {
    type = "SystemAssigned"
  }
}

# azurerm_ai_foundry has no access-type attribute: switch the hub to identity with azapi
resource "azapi_update_resource" "hub_identity" {
  type        = "Microsoft.MachineLearningServices/workspaces@2025-06-01"
  resource_id = azurerm_ai_foundry.hub.id

  body = {
    properties = {
      systemDatastoresAuthMode = "identity"
    }
  }
}
