resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"
  local_auth_enabled    = false
}

resource "azurerm_user_assigned_identity" "gw" {
  name                = "id-apim-contoso"
  location            = "eastus"
  resource_group_name = "rg-ai"
}

resource "azurerm_api_management" "apim" {
  name                = "apim-contoso"
  location            = "eastus"
  resource_group_name = "rg-ai"
  publisher_name      = "Contoso"
  publisher_email     = "ai-platform@contoso.com"
  sku_name            = "Developer_1"

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.gw.id]
  }
}

# role given by id: Cognitive Services OpenAI Contributor
resource "azurerm_role_assignment" "gw" {
  scope              = azurerm_cognitive_account.oai.id
  role_definition_id = "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/a001fd3d-188f-4b5d-821b-7da978bf7442"
  principal_id       = azurerm_user_assigned_identity.gw.principal_id
}
