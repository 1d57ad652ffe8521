resource "azapi_resource" "search" {
  type      = "Microsoft.Search/searchServices@2025-05-01"
  name      = "srch-azapi"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    sku = {
      name = "standard"
    }
    properties = {
      publicNetworkAccess = "Enabled"
    }
  }
}

resource "azapi_resource" "private" {
  type      = "Microsoft.Search/searchServices@2025-05-01"
  name      = "srch-azapi-private"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    sku = {
      name = "standard"
    }
    properties = {
      publicNetworkAccess = "Disabled"
    }
  }
}
