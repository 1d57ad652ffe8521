resource "azapi_resource" "oai" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "oai-azapi"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    kind = "OpenAI"
    sku = {
      name = "S0"
    }
    properties = {
      customSubDomainName = "oai-azapi"
      publicNetworkAccess = "Enabled"
    }
  }
}

resource "azapi_resource" "private" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "oai-azapi-private"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    kind = "OpenAI"
    sku = {
      name = "S0"
    }
    properties = {
      customSubDomainName = "oai-azapi-private"
      publicNetworkAccess = "Disabled"
    }
  }
}
