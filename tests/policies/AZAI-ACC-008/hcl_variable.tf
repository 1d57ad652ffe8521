variable "enable_identity" {
  description = "Give the AI Search service a system-assigned identity."
  type        = bool
  default     = false
}

variable "pool_identity_type" {
  type    = string
  default = "None"
}

resource "azurerm_search_service" "search" {
  name                         = "srch-var"
  location                     = "eastus"
  resource_group_name          = "rg-ai"
  sku                          = "basic"
  local_authentication_enabled = false

  dynamic "identity" {
    for_each = var.enable_identity ? [1] : []
    content {
      type = "SystemAssigned"
    }
  }
}

resource "azapi_resource" "pool" {
  type      = "Microsoft.App/sessionPools@2025-01-01"
  name      = "sp-var"
  location  = "eastus"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"

  identity {
    type = var.pool_identity_type
  }

  body = {
    properties = {
      environmentId      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-ai"
      poolManagementType = "Dynamic"
      containerType      = "PythonLTS"
    }
  }
}
