resource "azurerm_user_assigned_identity" "cmk" {
  name                = "id-cmk"
  location            = "eastus"
  resource_group_name = "rg-ai"
}

resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-cmk"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-cmk"

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.cmk.id]
  }

  customer_managed_key {
    key_vault_key_id   = "https://kv-cmk.vault.azure.net/keys/oai-key"
    identity_client_id = azurerm_user_assigned_identity.cmk.client_id
  }
}

# the key is attached by a separate resource
resource "azurerm_cognitive_account" "lang" {
  name                  = "lang-cmk"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "TextAnalytics"
  sku_name              = "S"
  custom_subdomain_name = "lang-cmk"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_cognitive_account_customer_managed_key" "lang" {
  cognitive_account_id = azurerm_cognitive_account.lang.id
  key_vault_key_id     = "https://kv-cmk.vault.azure.net/keys/lang-key"
}

resource "azurerm_machine_learning_workspace" "ws" {
  name                    = "mlw-cmk"
  location                = "eastus"
  resource_group_name     = "rg-ai"
  application_insights_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Insights/components/appi"
  key_vault_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv-cmk"
  storage_account_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Storage/storageAccounts/st"

  identity {
    type = "SystemAssigned"
  }

  encryption {
    key_vault_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv-cmk"
    key_id       = "https://kv-cmk.vault.azure.net/keys/ml-key/0123456789abcdef0123456789abcdef"
  }
}

resource "azurerm_search_service" "search" {
  name                                     = "srch-cmk"
  location                                 = "eastus"
  resource_group_name                      = "rg-ai"
  sku                                      = "standard"
  customer_managed_key_enforcement_enabled = true
}
