# publicNetworkAccess absent on the online endpoint: enabled (low);
# authMode absent on the serverless endpoint: Key.
resource "azapi_resource" "endpoint" {
  type      = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-06-01"
  name      = "ep-public"
  location  = "eastus"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/mlw-prod"

  identity {
    type = "SystemAssigned"
  }

  body = {
    properties = {
      authMode = "AADToken"
    }
  }
}

resource "azapi_resource" "maas" {
  type      = "Microsoft.MachineLearningServices/workspaces/serverlessEndpoints@2025-12-01"
  name      = "maas-default"
  location  = "eastus"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/mlw-prod"

  body = {
    sku = {
      name = "Consumption"
    }
    properties = {
      modelSettings = {
        modelId = "azureml://registries/azureml-meta/models/Meta-Llama-3.1-8B-Instruct"
      }
    }
  }
}
