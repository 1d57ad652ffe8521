resource "azapi_resource" "streaming" {
  type      = "Microsoft.CognitiveServices/accounts/raiPolicies@2025-06-01"
  name      = "streaming"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/oai-contoso"
  body = {
    properties = {
      basePolicyName = "Microsoft.DefaultV2"
      mode           = "Asynchronous_filter"
      contentFilters = [
        {
          name     = "Jailbreak"
          enabled  = true
          blocking = true
          source   = "Prompt"
        }
      ]
    }
  }
}

# mode left out: default streaming
resource "azapi_resource" "buffered" {
  type      = "Microsoft.CognitiveServices/accounts/raiPolicies@2025-06-01"
  name      = "buffered"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/oai-contoso"
  body = {
    properties = {
      basePolicyName = "Microsoft.DefaultV2"
    }
  }
}
