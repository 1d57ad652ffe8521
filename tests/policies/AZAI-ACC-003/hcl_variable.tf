variable "endpoint_auth_mode" {
  description = "Authentication mode of the scoring endpoint."
  type        = string
  default     = "AMLToken"
}

resource "azapi_resource" "endpoint" {
  type      = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-06-01"
  name      = "ep-var"
  location  = "eastus"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/mlw-prod"

  identity {
    type = "SystemAssigned"
  }

  body = {
    properties = {
      authMode            = var.endpoint_auth_mode
      publicNetworkAccess = "Disabled"
    }
  }
}
