variable "isolation_mode" {
  type    = string
  default = "AllowInternetOutbound"
}

variable "extra_fqdn" {
  type    = string
  default = "*"
}

resource "azurerm_ai_foundry" "hub" {
  name                  = "hub-var"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  storage_account_id    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Storage/storageAccounts/st"
  key_vault_id          = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv"
  public_network_access = "Disabled"

  identity {
    type = "SystemAssigned"
  }

  managed_network {
    isolation_mode = var.isolation_mode
  }
}

resource "azurerm_machine_learning_workspace_network_outbound_rule_fqdn" "extra" {
  name             = "extra"
  workspace_id     = azurerm_ai_foundry.hub.id
  destination_fqdn = var.extra_fqdn
}
