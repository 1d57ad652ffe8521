locals {
  rg_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
}

# no managed_network block: the service default Disabled applies
resource "azurerm_machine_learning_workspace" "none" {
  name                          = "mlw-nonet"
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

resource "azurerm_machine_learning_workspace" "internet" {
  name                          = "mlw-internet"
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
    isolation_mode = "AllowInternetOutbound"
  }
}

# a managed_network block without isolation_mode: still Disabled
resource "azurerm_ai_foundry" "hub" {
  name                  = "hub-nomode"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  storage_account_id    = "${local.rg_id}/providers/Microsoft.Storage/storageAccounts/st"
  key_vault_id          = "${local.rg_id}/providers/Microsoft.KeyVault/vaults/kv"
  public_network_access = "Disabled"

  identity {
    type = "SystemAssigned"
  }

  managed_network {
  }
}

resource "azurerm_machine_learning_workspace_network_outbound_rule_fqdn" "any" {
  name             = "any"
  workspace_id     = azurerm_machine_learning_workspace.internet.id
  destination_fqdn = "*"
}
