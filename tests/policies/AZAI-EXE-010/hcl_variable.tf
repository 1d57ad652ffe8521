variable "idle_shutdown" {
  type    = string
  default = "PT2H"
}

resource "azapi_resource" "ci" {
  type      = "Microsoft.MachineLearningServices/workspaces/computes@2025-12-01"
  name      = "ci-var"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-dev"
  location  = "eastus"

  body = {
    properties = {
      computeType = "ComputeInstance"
      properties = {
        vmSize                 = "Standard_DS3_v2"
        idleTimeBeforeShutdown = var.idle_shutdown
      }
    }
  }
}
