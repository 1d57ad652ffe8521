resource "azurerm_resource_group" "rg" {
  name     = "rg-ai"
  location = "eastus"
}

# local_auth_enabled absent: the provider default is true (keys accepted)
resource "azurerm_ai_services" "foundry" {
  name                  = "aif-contoso"
  location              = azurerm_resource_group.rg.location
  resource_group_name   = azurerm_resource_group.rg.name
  sku_name              = "S0"
  custom_subdomain_name = "aif-contoso"
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

# data scientist: Cognitive Services User reads keys of an account that accepts them (high)
resource "azurerm_role_assignment" "ds_keys" {
  scope                = azurerm_ai_services.foundry.id
  role_definition_name = "Cognitive Services User"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

# AI developer (glob-mapped): OpenAI Contributor is not one of its roles
resource "azurerm_role_assignment" "dev_contributor" {
  scope                = azurerm_cognitive_account.oai.id
  role_definition_name = "Cognitive Services OpenAI Contributor"
  principal_id         = "22222222-0000-0000-0000-000000000000"
}
