variable "runner_image" {
  type    = string
  default = "python:3.12-slim"
}

resource "azapi_resource" "pool" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-var"
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
        containers = [
          {
            name  = "runner"
            image = var.runner_image
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
}

resource "azurerm_container_app" "runner" {
  name                         = "ca-runner"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-exec"
  resource_group_name          = "rg-ai"
  revision_mode                = "Single"

  template {
    container {
      name   = "runner"
      image  = var.runner_image
      cpu    = 0.5
      memory = "1Gi"
    }
  }
}
