variable "acr_password" {
  type      = string
  sensitive = true
}

# session pool image pulled with a registry password instead of a managed identity
resource "azapi_resource" "pool" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-password"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    properties = {
      environmentId      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-exec"
      poolManagementType = "Dynamic"
      containerType      = "CustomContainer"
      dynamicPoolConfiguration = {
        lifecycleConfiguration = {
          lifecycleType           = "OnContainerExit"
          maxAlivePeriodInSeconds = 1800
        }
      }
      customContainerTemplate = {
        registryCredentials = {
          server            = "contoso.azurecr.io"
          username          = "contoso"
          passwordSecretRef = "acr-password"
        }
        containers = [
          {
            name  = "runner"
            image = "contoso.azurecr.io/agents/runner:1.4.2"
            resources = {
              cpu    = 1
              memory = "2Gi"
            }
          }
        ]
        ingress = {
          targetPort = 8080
        }
      }
    }
  }

  sensitive_body = {
    properties = {
      secrets = [
        {
          name  = "acr-password"
          value = var.acr_password
        }
      ]
    }
  }
}
