# ML registries have no azurerm resource: azapi; publicNetworkAccess absent means enabled
resource "azapi_resource" "registry" {
  type      = "Microsoft.MachineLearningServices/registries@2025-06-01"
  name      = "reg-default"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  identity {
    type = "SystemAssigned"
  }

  body = {
    properties = {
      regionDetails = [
        {
          location = "eastus"
        }
      ]
    }
  }
}

resource "azapi_resource" "hub" {
  type      = "Microsoft.MachineLearningServices/workspaces@2025-06-01"
  name      = "hub-azapi"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  identity {
    type = "SystemAssigned"
  }

  body = {
    kind = "Hub"
    properties = {
      publicNetworkAccess             = "Disabled"
      allowPublicAccessWhenBehindVnet = true
    }
  }
}
