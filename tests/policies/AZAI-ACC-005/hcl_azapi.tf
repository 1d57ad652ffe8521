resource "azapi_resource" "search" {
  type      = "Microsoft.Search/searchServices@2025-05-01"
  name      = "srch-azapi"
  location  = "eastus"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  body = {
    sku = {
      name = "basic"
    }
  }
}

resource "azapi_resource_action" "search_admin_keys" {
  type                   = "Microsoft.Search/searchServices@2025-05-01"
  resource_id            = azapi_resource.search.id
  action                 = "listAdminKeys"
  response_export_values = ["primaryKey"]
}

output "search_id" {
  value = azapi_resource.search.id
}

output "search_admin_key" {
  value     = azapi_resource_action.search_admin_keys.output.primaryKey
  sensitive = true
}
