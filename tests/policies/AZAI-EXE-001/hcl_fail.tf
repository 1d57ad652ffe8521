resource "azapi_resource" "manual" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-manual"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    properties = {
      poolManagementType = "Manual"
      containerType      = "PythonLTS"
      scaleConfiguration = {
        maxConcurrentSessions = 10
      }
      dynamicPoolConfiguration = {
        lifecycleConfiguration = {
          lifecycleType           = "Timed"
          cooldownPeriodInSeconds = 300
        }
      }
    }
  }
}

# no lifecycle configuration
resource "azapi_resource" "nolife" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-nolifecycle"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    properties = {
      poolManagementType = "Dynamic"
      containerType      = "PythonLTS"
      scaleConfiguration = {
        maxConcurrentSessions = 10
      }
    }
  }
}
