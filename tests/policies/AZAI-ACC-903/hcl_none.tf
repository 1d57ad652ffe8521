resource "azurerm_ai_services" "foundry" {
  name                  = "aif-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  sku_name              = "S0"
  custom_subdomain_name = "aif-contoso"
}

# a standing assignment is not an eligible one
resource "azurerm_role_assignment" "openai_user" {
  scope                = azurerm_ai_services.foundry.id
  role_definition_name = "Cognitive Services OpenAI User"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}
