resource "azapi_resource" "long_idle" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-long-idle"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    properties = {
      poolManagementType = "Dynamic"
      containerType      = "PythonLTS"
      dynamicPoolConfiguration = {
        lifecycleConfiguration = {
          lifecycleType           = "Timed"
          cooldownPeriodInSeconds = 3600
        }
      }
    }
  }
}

# OnContainerExit above the maximum lifetime
resource "azapi_resource" "long_alive" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-long-alive"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    properties = {
      poolManagementType = "Dynamic"
      containerType      = "PythonLTS"
      dynamicPoolConfiguration = {
        lifecycleConfiguration = {
          lifecycleType           = "OnContainerExit"
          maxAlivePeriodInSeconds = 86400
        }
      }
    }
  }
}

# no lifecycle at all
resource "azapi_resource" "nothing" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-nothing"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    properties = {
      poolManagementType = "Dynamic"
      containerType      = "PythonLTS"
    }
  }
}
