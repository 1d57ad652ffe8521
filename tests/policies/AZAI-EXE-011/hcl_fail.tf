locals {
  endpoint_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-prod/onlineEndpoints/ep-chat"
}

# egressPublicNetworkAccess absent (Enabled) and a 2-minute request timeout
resource "azapi_resource" "blue" {
  type      = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments@2025-06-01"
  name      = "blue"
  parent_id = local.endpoint_id
  location  = "eastus"

  body = {
    sku = {
      name     = "Default"
      capacity = 1
    }
    properties = {
      endpointComputeType = "Managed"
      model               = "azureml://registries/azureml/models/Phi-3-mini-4k-instruct/versions/15"
      instanceType        = "Standard_NC24ads_A100_v4"
      requestSettings = {
        requestTimeout = "PT2M"
      }
    }
  }
}

# Kubernetes deployment without container resource requirements
resource "azapi_resource" "green" {
  type      = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments@2025-06-01"
  name      = "green"
  parent_id = local.endpoint_id
  location  = "eastus"

  body = {
    properties = {
      endpointComputeType       = "Kubernetes"
      model                     = "azureml://registries/azureml/models/Phi-3-mini-4k-instruct/versions/15"
      egressPublicNetworkAccess = "Disabled"
    }
  }
}
