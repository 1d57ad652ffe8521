resource "azapi_resource" "env" {
  type      = "Microsoft.App/managedEnvironments@2025-07-01"
  name      = "cae-sessions"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    properties = {
      publicNetworkAccess = "Disabled"
    }
  }
}

resource "azapi_resource" "big" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-big"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    properties = {
      environmentId      = azapi_resource.env.id
      poolManagementType = "Dynamic"
      containerType      = "CustomContainer"
      scaleConfiguration = {
        maxConcurrentSessions = 500
        readySessionInstances = 50
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
              cpu    = 4
              memory = "8Gi"
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

# no scaleConfiguration: concurrency unbounded
resource "azapi_resource" "unbounded" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-unbounded"
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
