resource "azurerm_user_assigned_identity" "pull" {
  name                = "id-acr-pull"
  location            = "eastus"
  resource_group_name = "rg-ai"
}

resource "azurerm_container_app" "runner" {
  name                         = "ca-runner"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-exec"
  resource_group_name          = "rg-ai"
  revision_mode                = "Single"

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.pull.id]
  }

  registry {
    server   = "contoso.azurecr.io"
    identity = azurerm_user_assigned_identity.pull.id
  }

  template {
    container {
      name   = "runner"
      image  = "contoso.azurecr.io/agents/runner:1.4.2"
      cpu    = 0.5
      memory = "1Gi"
    }
  }
}

resource "azurerm_container_group" "aci" {
  name                = "aci-runner"
  location            = "eastus"
  resource_group_name = "rg-ai"
  os_type             = "Linux"
  ip_address_type     = "None"
  restart_policy      = "Never"

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.pull.id]
  }

  container {
    name   = "runner"
    image  = "contoso.azurecr.io/agents/runner:1.4.2"
    cpu    = 1
    memory = 2
  }

  image_registry_credential {
    server                    = "contoso.azurecr.io"
    user_assigned_identity_id = azurerm_user_assigned_identity.pull.id
  }
}

resource "azapi_resource" "pool" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-acr"
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
            image = "mcr.microsoft.com/azure-functions/python:4-python3.11"
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
