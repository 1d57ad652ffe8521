# scopes from the azurerm data sources the provider docs use: a subscription and a resource group
data "azurerm_subscription" "current" {}

data "azurerm_client_config" "me" {}

data "azurerm_resource_group" "rg" {
  name = "rg-ai"
}

resource "azurerm_role_assignment" "sub" {
  scope                = data.azurerm_subscription.current.id
  role_definition_name = "Cognitive Services OpenAI User"
  principal_id         = data.azurerm_client_config.me.object_id
}

resource "azurerm_role_assignment" "rg" {
  scope                = data.azurerm_resource_group.rg.id
  role_definition_name = "Cognitive Services OpenAI User"
  principal_id         = "00000000-0000-0000-0000-000000000001"
}
