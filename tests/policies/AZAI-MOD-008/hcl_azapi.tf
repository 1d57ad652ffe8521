resource "azapi_resource" "llama" {
  type      = "Microsoft.CognitiveServices/accounts/deployments@2024-10-01"
  name      = "llama"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/ais-contoso"
  body = {
    sku = {
      name     = "GlobalStandard"
      capacity = 1
    }
    properties = {
      model = {
        format    = "Meta"
        name      = "Llama-3.3-70B-Instruct"
        version   = "4"
        publisher = "Meta"
      }
    }
  }
}

resource "azapi_resource" "gpt" {
  type      = "Microsoft.CognitiveServices/accounts/deployments@2024-10-01"
  name      = "gpt"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/ais-contoso"
  body = {
    sku = {
      name     = "GlobalStandard"
      capacity = 1
    }
    properties = {
      model = {
        format    = "OpenAI"
        name      = "gpt-4o"
        version   = "2024-11-20"
        publisher = "OpenAI"
      }
    }
  }
}
