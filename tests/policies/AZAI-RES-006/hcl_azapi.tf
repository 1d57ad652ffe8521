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
      publicNetworkAccess = "Disabled"
      managedNetwork = {
        isolationMode = "AllowOnlyApprovedOutbound"
        outboundRules = {
          any = {
            type        = "FQDN"
            destination = "*"
            category    = "UserDefined"
          }
        }
      }
    }
  }
}

# no managedNetwork: Disabled
resource "azapi_resource" "ws" {
  type      = "Microsoft.MachineLearningServices/workspaces@2025-06-01"
  name      = "mlw-azapi"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  identity {
    type = "SystemAssigned"
  }

  body = {
    properties = {
      publicNetworkAccess = "Disabled"
    }
  }
}
