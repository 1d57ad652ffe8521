locals {
  workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/mlw-prod"
}

resource "azapi_resource" "aad_endpoint" {
  type      = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-06-01"
  name      = "ep-aad"
  location  = "eastus"
  parent_id = local.workspace_id

  identity {
    type = "SystemAssigned"
  }

  body = {
    properties = {
      authMode            = "AADToken"
      publicNetworkAccess = "Disabled"
    }
  }
}

resource "azapi_resource" "maas" {
  type      = "Microsoft.MachineLearningServices/workspaces/serverlessEndpoints@2025-12-01"
  name      = "maas-llama"
  location  = "eastus"
  parent_id = local.workspace_id

  body = {
    sku = {
      name = "Consumption"
    }
    properties = {
      authMode = "AAD"
      modelSettings = {
        modelId = "azureml://registries/azureml-meta/models/Meta-Llama-3.1-8B-Instruct"
      }
    }
  }
}
