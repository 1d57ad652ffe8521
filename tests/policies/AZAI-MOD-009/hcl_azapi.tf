resource "azapi_resource" "chat" {
  type      = "Microsoft.CognitiveServices/accounts/deployments@2024-10-01"
  name      = "chat"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/oai-contoso"
  body = {
    sku = {
      name     = "GlobalStandard"
      capacity = 10
    }
    properties = {
      model = {
        format  = "OpenAI"
        name    = "gpt-4o"
        version = "2024-11-20"
      }
      versionUpgradeOption = "OnceNewDefaultVersionAvailable"
    }
  }
}

# versionUpgradeOption left out: ARM semantics (null behaves as OnceCurrentVersionExpired)
resource "azapi_resource" "mini" {
  type      = "Microsoft.CognitiveServices/accounts/deployments@2024-10-01"
  name      = "mini"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/oai-contoso"
  body = {
    sku = {
      name     = "GlobalStandard"
      capacity = 10
    }
    properties = {
      model = {
        format  = "OpenAI"
        name    = "gpt-4o-mini"
        version = "2024-07-18"
      }
    }
  }
}
