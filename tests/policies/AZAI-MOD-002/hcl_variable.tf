variable "defender_state" {
  type    = string
  default = "Disabled"
}

resource "azapi_resource" "defender" {
  type      = "Microsoft.CognitiveServices/accounts/defenderForAISettings@2024-10-01"
  name      = "Default"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/oai-contoso"
  body = {
    properties = {
      state = var.defender_state
    }
  }
}
