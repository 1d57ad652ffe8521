variable "identity_lifecycle" {
  type    = string
  default = "Main"
}

# not sensitive: the default is plain text in the configuration
variable "search_key" {
  type    = string
  default = "p1ainTextSecretValue"
}

resource "azapi_resource" "pool" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-var"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  identity {
    type = "SystemAssigned"
  }

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
      managedIdentitySettings = [
        {
          identity  = "system"
          lifecycle = var.identity_lifecycle
        }
      ]
      secrets = [
        {
          name  = "search-key"
          value = var.search_key
        }
      ]
    }
  }
}
