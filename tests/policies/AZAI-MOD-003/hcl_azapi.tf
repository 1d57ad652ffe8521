resource "azapi_resource" "policy" {
  type      = "Microsoft.CognitiveServices/accounts/raiPolicies@2024-10-01"
  name      = "weak"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/oai-contoso"
  body = {
    properties = {
      basePolicyName = "Microsoft.DefaultV2"
      mode           = "Default"
      contentFilters = [
        {
          name     = "Jailbreak"
          enabled  = false
          blocking = false
          source   = "Prompt"
        }
      ]
    }
  }
}

resource "azapi_resource" "chat" {
  type      = "Microsoft.CognitiveServices/accounts/deployments@2024-10-01"
  name      = "chat"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/oai-contoso"
  body = {
    sku = {
      name     = "Standard"
      capacity = 10
    }
    properties = {
      model = {
        format  = "OpenAI"
        name    = "gpt-4o"
        version = "2024-11-20"
      }
      raiPolicyName = azapi_resource.policy.name
    }
  }
}

# an embeddings model is outside prompt shields
resource "azapi_resource" "embed" {
  type      = "Microsoft.CognitiveServices/accounts/deployments@2024-10-01"
  name      = "embed"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/oai-contoso"
  body = {
    sku = {
      name     = "Standard"
      capacity = 10
    }
    properties = {
      model = {
        format  = "OpenAI"
        name    = "text-embedding-3-large"
        version = "1"
      }
      raiPolicyName = azapi_resource.policy.name
    }
  }
}
