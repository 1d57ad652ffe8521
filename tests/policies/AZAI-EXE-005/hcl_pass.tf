variable "search_key" {
  type      = string
  sensitive = true
}

resource "azapi_resource" "pool" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-safe"
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
          lifecycle = "None"
        }
      ]
    }
  }

  # secrets go in the write-only sensitive_body
  sensitive_body = {
    properties = {
      secrets = [
        {
          name  = "search-key"
          value = var.search_key
        }
      ]
    }
  }
}
