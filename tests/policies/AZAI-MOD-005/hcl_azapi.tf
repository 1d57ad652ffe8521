locals {
  harm_categories = ["Hate", "Sexual", "Violence", "Selfharm"]
}

resource "azapi_resource" "policy" {
  type      = "Microsoft.CognitiveServices/accounts/raiPolicies@2024-10-01"
  name      = "custom"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/oai-contoso"
  body = {
    properties = {
      basePolicyName = "Microsoft.DefaultV2"
      mode           = "Default"
      contentFilters = flatten([
        for category in local.harm_categories : [
          for source in ["Prompt", "Completion"] : {
            name              = category
            enabled           = true
            blocking          = true
            severityThreshold = category == "Sexual" && source == "Completion" ? "High" : "Medium"
            source            = source
          }
        ]
      ])
    }
  }
}
