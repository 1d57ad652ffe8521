variable "partner_api_key" {
  type      = string
  sensitive = true
}

# A third-party API that only offers keys, exempted by category (exemptConnectionCategories).
resource "azurerm_cognitive_account_connection_custom_keys" "partner" {
  name                 = "partner"
  cognitive_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/ais-hub"
  category             = "CustomKeys"
  target               = "https://api.partner.example.com/"

  metadata = {
    ApiType = "Azure"
  }

  custom_keys = {
    x-api-key = var.partner_api_key
  }
}

resource "azurerm_cognitive_account_connection_api_key" "search" {
  name                 = "search"
  cognitive_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/ais-hub"
  category             = "CognitiveSearch"
  target               = "https://srch-ai.search.windows.net"
  api_key              = var.partner_api_key

  metadata = {
    ApiType = "Azure"
  }
}
