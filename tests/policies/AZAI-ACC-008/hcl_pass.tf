resource "azurerm_user_assigned_identity" "ai" {
  name                = "id-ai"
  location            = "eastus"
  resource_group_name = "rg-ai"
}

resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-pass"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-pass"
  local_auth_enabled    = false

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_machine_learning_workspace" "ws" {
  name                           = "mlw-pass"
  location                       = "eastus"
  resource_group_name            = "rg-ai"
  application_insights_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Insights/components/appi-ai"
  key_vault_id                   = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv-ai"
  storage_account_id             = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Storage/storageAccounts/stai"
  primary_user_assigned_identity = azurerm_user_assigned_identity.ai.id

  identity {
    type         = "SystemAssigned, UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.ai.id]
  }
}

resource "azurerm_container_app" "chat" {
  name                         = "ca-chat"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-ai"
  resource_group_name          = "rg-ai"
  revision_mode                = "Single"

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.ai.id]
  }

  template {
    container {
      name   = "chat"
      image  = "myacr.azurecr.io/chat:1.0"
      cpu    = 0.5
      memory = "1Gi"
    }
  }
}

resource "azapi_resource" "pool" {
  type      = "Microsoft.App/sessionPools@2025-01-01"
  name      = "sp-code"
  location  = "eastus"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"

  identity {
    type = "SystemAssigned"
  }

  body = {
    properties = {
      environmentId      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-ai"
      poolManagementType = "Dynamic"
      containerType      = "PythonLTS"
    }
  }
}

# Not in identityRequiredTypes.
resource "azurerm_storage_account" "data" {
  name                     = "staidata"
  resource_group_name      = "rg-ai"
  location                 = "eastus"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
