resource "azapi_resource" "pool" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-custom"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    properties = {
      environmentId      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-sessions"
      poolManagementType = "Dynamic"
      containerType      = "CustomContainer"
      scaleConfiguration = {
        maxConcurrentSessions = 50
        readySessionInstances = 5
      }
      dynamicPoolConfiguration = {
        lifecycleConfiguration = {
          lifecycleType           = "OnContainerExit"
          maxAlivePeriodInSeconds = 1800
        }
      }
      customContainerTemplate = {
        containers = [
          {
            name  = "runner"
            image = "contoso.azurecr.io/agents/runner:1.4.2"
            resources = {
              cpu    = 0.5
              memory = "1Gi"
            }
          }
        ]
        ingress = {
          targetPort = 8080
        }
      }
    }
  }
}
