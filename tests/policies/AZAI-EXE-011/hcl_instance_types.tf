resource "azapi_resource" "blue" {
  type      = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments@2025-06-01"
  name      = "blue"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-prod/onlineEndpoints/ep-chat"
  location  = "eastus"

  body = {
    sku = {
      name     = "Default"
      capacity = 1
    }
    properties = {
      endpointComputeType       = "Managed"
      model                     = "azureml://registries/azureml/models/Phi-3-mini-4k-instruct/versions/15"
      instanceType              = "Standard_ND96asr_v4"
      egressPublicNetworkAccess = "Disabled"
    }
  }
}
