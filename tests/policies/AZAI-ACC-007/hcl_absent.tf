# authType is required by the API: an absent one is reported too.
resource "azapi_resource" "search_conn" {
  type      = "Microsoft.CognitiveServices/accounts/connections@2025-06-01"
  name      = "search"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/ais-hub"
  body = {
    properties = {
      category = "CognitiveSearch"
      target   = "https://srch-ai.search.windows.net"
    }
  }
}
