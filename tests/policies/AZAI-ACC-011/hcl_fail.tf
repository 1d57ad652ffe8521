resource "azurerm_resource_group" "rg" {
  name     = "rg-ai"
  location = "eastus"
}

# OpenAI User at the resource group
resource "azurerm_role_assignment" "rg_openai_user" {
  scope                = azurerm_resource_group.rg.id
  role_definition_name = "Cognitive Services OpenAI User"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

# Azure AI Developer at the subscription
resource "azurerm_role_assignment" "sub_ai_developer" {
  scope                = "/subscriptions/00000000-0000-0000-0000-000000000000"
  role_definition_name = "Azure AI Developer"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

# Search Index Data Contributor at a resource group id written out
resource "azurerm_role_assignment" "rg_index_contributor" {
  scope              = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-search"
  role_definition_id = "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/8ebe5a00-799e-43f5-93ac-243d3dce84a7"
  principal_id       = "11111111-1111-1111-1111-111111111111"
}
