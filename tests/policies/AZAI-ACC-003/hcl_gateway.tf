resource "azapi_resource" "endpoint" {
  type      = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-06-01"
  name      = "ep-behind-apim"
  location  = "eastus"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/mlw-prod"

  identity {
    type = "SystemAssigned"
  }

  body = {
    properties = {
      authMode            = "Key"
      publicNetworkAccess = "Disabled"
    }
  }

  response_export_values = ["properties.scoringUri"]
}

# The backend URL is read from the endpoint after apply: the gateway fronts it (low).
resource "azurerm_api_management_backend" "ml" {
  name                = "ml-scoring"
  resource_group_name = "rg-apim"
  api_management_name = "apim-ai"
  protocol            = "http"
  url                 = azapi_resource.endpoint.output.properties.scoringUri
}
