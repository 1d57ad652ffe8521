data "azurerm_client_config" "current" {}

# purge_protection_enabled absent (not sent: off), public_network_access_enabled default true
resource "azurerm_key_vault" "kv" {
  name                       = "kv-mlw-open"
  location                   = "eastus"
  resource_group_name        = "rg-ai"
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  rbac_authorization_enabled = false
}

resource "azurerm_machine_learning_workspace" "ws" {
  name                          = "mlw-open-vault"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  application_insights_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Insights/components/appi"
  key_vault_id                  = azurerm_key_vault.kv.id
  storage_account_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Storage/storageAccounts/st"
  public_network_access_enabled = false

  identity {
    type = "SystemAssigned"
  }
}

# azurerm 4.x spelling; the ACL allows by default
resource "azurerm_key_vault" "hub" {
  name                      = "kv-hub-legacy"
  location                  = "eastus"
  resource_group_name       = "rg-ai"
  tenant_id                 = data.azurerm_client_config.current.tenant_id
  sku_name                  = "standard"
  enable_rbac_authorization = false
  purge_protection_enabled  = true

  network_acls {
    default_action = "Allow"
    bypass         = "AzureServices"
  }
}

resource "azurerm_ai_foundry" "hub" {
  name                  = "hub-legacy-vault"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  storage_account_id    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Storage/storageAccounts/st"
  key_vault_id          = azurerm_key_vault.hub.id
  public_network_access = "Disabled"

  identity {
    type = "SystemAssigned"
  }
}
