resource "azurerm_resource_group" "rg" {
  name     = "rg-ai"
  location = "eastus"
}

resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = azurerm_resource_group.rg.location
  resource_group_name   = azurerm_resource_group.rg.name
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"
  local_auth_enabled    = false
}

# Owner for a user on the account
resource "azurerm_role_assignment" "owner" {
  scope                = azurerm_cognitive_account.oai.id
  role_definition_name = "Owner"
  principal_id         = "11111111-1111-1111-1111-111111111111"
  principal_type       = "User"
}

# Contributor at the resource group of a plan with AI resources, by role id, no principal_type
resource "azurerm_role_assignment" "rg_contributor" {
  scope              = azurerm_resource_group.rg.id
  role_definition_id = "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c"
  principal_id       = "11111111-1111-1111-1111-111111111111"
}

# a workload identity with User Access Administrator on the account (medium)
resource "azurerm_user_assigned_identity" "app" {
  name                = "id-app"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
}

resource "azurerm_role_assignment" "app_uaa" {
  scope                = azurerm_cognitive_account.oai.id
  role_definition_name = "User Access Administrator"
  principal_id         = azurerm_user_assigned_identity.app.principal_id
  principal_type       = "ServicePrincipal"
}
