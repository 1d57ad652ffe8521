variable "egress_access" {
  type    = string
  default = "Enabled"
}

variable "request_timeout" {
  type    = string
  default = "PT1M30S"
}

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
      instanceType              = "Standard_NC24ads_A100_v4"
      egressPublicNetworkAccess = var.egress_access
      requestSettings = {
        requestTimeout = var.request_timeout
      }
    }
  }
}
