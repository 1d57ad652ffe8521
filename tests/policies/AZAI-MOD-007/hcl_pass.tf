resource "azurerm_ai_foundry_project" "proj" {
  name               = "proj-contoso"
  location           = "eastus"
  ai_services_hub_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/hub-contoso"
}

resource "azapi_resource" "llama" {
  type      = "Microsoft.MachineLearningServices/workspaces/serverlessEndpoints@2025-06-01"
  name      = "llama-33"
  parent_id = azurerm_ai_foundry_project.proj.id
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
      contentSafety = {
        contentSafetyStatus = "Enabled"
      }
    }
  }
}

# contentSafety left out: the default content safety settings apply
resource "azapi_resource" "phi" {
  type      = "Microsoft.MachineLearningServices/workspaces/serverlessEndpoints@2025-06-01"
  name      = "phi-4"
  parent_id = azurerm_ai_foundry_project.proj.id
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
