resource "azapi_resource" "python" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-python"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    properties = {
      poolManagementType = "Dynamic"
      containerType      = "PythonLTS"
      scaleConfiguration = {
        maxConcurrentSessions = 20
        readySessionInstances = 2
      }
      dynamicPoolConfiguration = {
        lifecycleConfiguration = {
          lifecycleType           = "Timed"
          cooldownPeriodInSeconds = 300
        }
      }
      sessionNetworkConfiguration = {
        status = "EgressDisabled"
      }
    }
  }
}

# the older preview shape executionType Timed is accepted
resource "azapi_resource" "legacy" {
  type      = "Microsoft.App/sessionPools@2024-02-02-preview"
  name      = "pool-legacy"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    properties = {
      poolManagementType = "Dynamic"
      containerType      = "PythonLTS"
      dynamicPoolConfiguration = {
        executionType           = "Timed"
        cooldownPeriodInSeconds = 300
      }
    }
  }
}
