locals {
  rg_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
}

resource "azurerm_machine_learning_workspace" "explicit" {
  name                          = "mlw-public"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  application_insights_id       = "${local.rg_id}/providers/Microsoft.Insights/components/appi"
  key_vault_id                  = "${local.rg_id}/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id            = "${local.rg_id}/providers/Microsoft.Storage/storageAccounts/st"
  public_network_access_enabled = true

  identity {
    type = "SystemAssigned"
  }
}

# public_network_access_enabled defaults to true
resource "azurerm_machine_learning_workspace" "default" {
  name                    = "mlw-default"
  location                = "eastus"
  resource_group_name     = "rg-ai"
  application_insights_id = "${local.rg_id}/providers/Microsoft.Insights/components/appi"
  key_vault_id            = "${local.rg_id}/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id      = "${local.rg_id}/providers/Microsoft.Storage/storageAccounts/st"

  identity {
    type = "SystemAssigned"
  }
}

# azurerm_ai_foundry (kind Hub): public_network_access defaults to "Enabled"
resource "azurerm_ai_foundry" "hub" {
  name                = "hub-default"
  location            = "eastus"
  resource_group_name = "rg-ai"
  storage_account_id  = "${local.rg_id}/providers/Microsoft.Storage/storageAccounts/st"
  key_vault_id        = "${local.rg_id}/providers/Microsoft.KeyVault/vaults/kv"

  identity {
    type = "SystemAssigned"
  }
}

# a project inherits the hub's network: not checked
resource "azurerm_ai_foundry_project" "proj" {
  name               = "proj"
  location           = "eastus"
  ai_services_hub_id = azurerm_ai_foundry.hub.id
}

resource "azurerm_ai_foundry" "hub_enabled" {
  name                  = "hub-enabled"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  storage_account_id    = "${local.rg_id}/providers/Microsoft.Storage/storageAccounts/st"
  key_vault_id          = "${local.rg_id}/providers/Microsoft.KeyVault/vaults/kv"
  public_network_access = "Enabled"

  identity {
    type = "SystemAssigned"
  }
}
