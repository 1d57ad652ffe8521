resource "azapi_resource" "mistral" {
  type      = "Microsoft.CognitiveServices/accounts/deployments@2024-10-01"
  name      = "mistral"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/ais-contoso"
  body = {
    sku = {
      name     = "GlobalStandard"
      capacity = 1
    }
    properties = {
      model = {
        format  = "Mistral AI"
        name    = "Mistral-Large-2411"
        version = "2"
      }
    }
  }
}
