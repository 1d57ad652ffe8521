variable "cooldown_seconds" {
  type    = number
  default = 1800
}

resource "azapi_resource" "pool" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-var"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    properties = {
      poolManagementType = "Dynamic"
      containerType      = "PythonLTS"
      dynamicPoolConfiguration = {
        lifecycleConfiguration = {
          lifecycleType           = "Timed"
          cooldownPeriodInSeconds = var.cooldown_seconds
        }
      }
    }
  }
}
