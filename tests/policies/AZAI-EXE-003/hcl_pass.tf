resource "azapi_resource" "timed" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-timed"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    properties = {
      poolManagementType = "Dynamic"
      containerType      = "PythonLTS"
      dynamicPoolConfiguration = {
        lifecycleConfiguration = {
          lifecycleType           = "Timed"
          cooldownPeriodInSeconds = 300
        }
      }
    }
  }
}

resource "azapi_resource" "on_exit" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-onexit"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    properties = {
      poolManagementType = "Dynamic"
      containerType      = "PythonLTS"
      dynamicPoolConfiguration = {
        lifecycleConfiguration = {
          lifecycleType           = "OnContainerExit"
          maxAlivePeriodInSeconds = 1800
        }
      }
    }
  }
}
