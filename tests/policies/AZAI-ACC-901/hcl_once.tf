resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"
  local_auth_enabled    = false
}

resource "azurerm_user_assigned_identity" "app" {
  name                = "id-chat-app"
  location            = "eastus"
  resource_group_name = "rg-ai"
}

# a managed identity: its principal id is known after apply, not a human
resource "azurerm_role_assignment" "app" {
  scope                = azurerm_cognitive_account.oai.id
  role_definition_name = "Cognitive Services OpenAI User"
  principal_id         = azurerm_user_assigned_identity.app.principal_id
}

# a literal principal id without principal_type: a human; the advisory appears here, once
resource "azurerm_role_assignment" "analyst" {
  scope                = azurerm_cognitive_account.oai.id
  role_definition_name = "Cognitive Services OpenAI User"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

resource "azurerm_role_assignment" "team" {
  scope                = azurerm_cognitive_account.oai.id
  role_definition_name = "Cognitive Services OpenAI User"
  principal_id         = "22222222-2222-2222-2222-222222222222"
  principal_type       = "Group"
}
