locals {
  rg_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
}

resource "azurerm_machine_learning_workspace" "ws" {
  name                          = "mlw-isolated"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  application_insights_id       = "${local.rg_id}/providers/Microsoft.Insights/components/appi"
  key_vault_id                  = "${local.rg_id}/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id            = "${local.rg_id}/providers/Microsoft.Storage/storageAccounts/st"
  public_network_access_enabled = false

  identity {
    type = "SystemAssigned"
  }

  managed_network {
    isolation_mode = "AllowOnlyApprovedOutbound"
  }
}

resource "azurerm_machine_learning_workspace_network_outbound_rule_fqdn" "pypi" {
  name             = "pypi"
  workspace_id     = azurerm_machine_learning_workspace.ws.id
  destination_fqdn = "pypi.org"
}

resource "azurerm_ai_foundry" "hub" {
  name                  = "hub-isolated"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  storage_account_id    = "${local.rg_id}/providers/Microsoft.Storage/storageAccounts/st"
  key_vault_id          = "${local.rg_id}/providers/Microsoft.KeyVault/vaults/kv"
  public_network_access = "Disabled"

  identity {
    type = "SystemAssigned"
  }

  managed_network {
    isolation_mode = "AllowOnlyApprovedOutbound"
  }
}

# FeatureStore is not in the rule's kinds
resource "azurerm_machine_learning_workspace" "fs" {
  name                          = "fs"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  kind                          = "FeatureStore"
  application_insights_id       = "${local.rg_id}/providers/Microsoft.Insights/components/appi"
  key_vault_id                  = "${local.rg_id}/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id            = "${local.rg_id}/providers/Microsoft.Storage/storageAccounts/st"
  public_network_access_enabled = false

  identity {
    type = "SystemAssigned"
  }

  feature_store {
    computer_spark_runtime_version = "3.3"
  }
}
