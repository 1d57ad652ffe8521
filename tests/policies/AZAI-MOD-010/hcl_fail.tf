resource "azurerm_machine_learning_workspace" "mlw" {
  name                    = "mlw-contoso"
  location                = "eastus"
  resource_group_name     = "rg-ai"
  application_insights_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Insights/components/appi-contoso"
  key_vault_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv-contoso"
  storage_account_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Storage/storageAccounts/stcontoso"

  identity {
    type = "SystemAssigned"
  }
}

resource "azapi_resource" "endpoint" {
  type      = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-06-01"
  name      = "chat-endpoint"
  parent_id = azurerm_machine_learning_workspace.mlw.id
  location  = "eastus"
  identity {
    type = "SystemAssigned"
  }
  body = {
    kind = "Managed"
    properties = {
      authMode            = "AADToken"
      publicNetworkAccess = "Disabled"
    }
  }
}

resource "azapi_resource" "mistral" {
  type      = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments@2025-06-01"
  name      = "mistral"
  parent_id = azapi_resource.endpoint.id
  location  = "eastus"
  body = {
    kind = "Managed"
    sku = {
      name     = "Default"
      capacity = 1
    }
    properties = {
      endpointComputeType = "Managed"
      model               = "azureml://registries/HuggingFace/models/mistralai-mistral-7b-instruct-v0-2/versions/3"
      instanceType        = "Standard_NC24ads_A100_v4"
    }
  }
}

resource "azapi_resource" "llama" {
  type      = "Microsoft.MachineLearningServices/workspaces/serverlessEndpoints@2025-06-01"
  name      = "llama"
  parent_id = azurerm_machine_learning_workspace.mlw.id
  location  = "eastus"
  body = {
    sku = {
      name = "Consumption"
    }
    properties = {
      modelSettings = {
        modelId = "azureml://registries/azureml-meta/models/Llama-3.3-70B-Instruct"
      }
      authMode = "Key"
    }
  }
}
