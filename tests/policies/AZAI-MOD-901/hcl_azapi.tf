# the Microsoft azureml registry: no advisory
resource "azapi_resource" "phi" {
  type      = "Microsoft.MachineLearningServices/workspaces/serverlessEndpoints@2025-06-01"
  name      = "phi-4"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/proj-contoso"
  location  = "eastus"
  body = {
    sku = {
      name = "Consumption"
    }
    properties = {
      modelSettings = {
        modelId = "azureml://registries/azureml/models/Phi-4"
      }
      authMode = "Key"
    }
  }
}

resource "azapi_resource" "llama" {
  type      = "Microsoft.MachineLearningServices/workspaces/serverlessEndpoints@2025-06-01"
  name      = "llama-33"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/proj-contoso"
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
