variable "connection_auth_type" {
  description = "authType of the project connection to AI Search."
  type        = string
  default     = "ApiKey"
}

variable "search_api_key" {
  type      = string
  sensitive = true
  default   = null
}

resource "azapi_resource" "search_conn" {
  type      = "Microsoft.CognitiveServices/accounts/projects/connections@2025-06-01"
  name      = "search"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/ais-hub/projects/proj"
  body = {
    properties = {
      category    = "CognitiveSearch"
      target      = "https://srch-ai.search.windows.net"
      authType    = var.connection_auth_type
      credentials = var.connection_auth_type == "ApiKey" ? { key = var.search_api_key } : null
    }
  }
}
