resource "azapi_resource" "endpoint" {
  type      = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-06-01"
  name      = "chat-endpoint"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-contoso"
  location  = "eastus"
  identity {
    type = "SystemAssigned"
  }
  body = {
    kind = "Managed"
    properties = {
      authMode            = "AADToken"
      publicNetworkAccess = "Enabled"
    }
  }
}
