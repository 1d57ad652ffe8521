locals {
  rg_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
}

resource "azurerm_machine_learning_workspace" "ws" {
  name                          = "mlw-private"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  application_insights_id       = "${local.rg_id}/providers/Microsoft.Insights/components/appi"
  key_vault_id                  = "${local.rg_id}/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id            = "${local.rg_id}/providers/Microsoft.Storage/storageAccounts/st"
  public_network_access_enabled = false

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_ai_foundry" "hub" {
  name                  = "hub-private"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  storage_account_id    = "${local.rg_id}/providers/Microsoft.Storage/storageAccounts/st"
  key_vault_id          = "${local.rg_id}/providers/Microsoft.KeyVault/vaults/kv"
  public_network_access = "Disabled"

  identity {
    type = "SystemAssigned"
  }
}

resource "azapi_resource" "registry" {
  type      = "Microsoft.MachineLearningServices/registries@2025-06-01"
  name      = "reg-private"
  parent_id = local.rg_id
  location  = "eastus"

  identity {
    type = "SystemAssigned"
  }

  body = {
    properties = {
      publicNetworkAccess = "Disabled"
      regionDetails = [
        {
          location = "eastus"
        }
      ]
    }
  }
}
