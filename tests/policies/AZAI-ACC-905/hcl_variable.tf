variable "evaluators_group_id" {
  type    = string
  default = "33333333-3333-3333-3333-333333333333"
}

resource "azurerm_ai_services" "foundry" {
  name                  = "aif-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  sku_name              = "S0"
  custom_subdomain_name = "aif-contoso"
}

resource "azurerm_role_assignment" "evaluators" {
  scope                = azurerm_ai_services.foundry.id
  role_definition_name = "Azure AI User"
  principal_id         = var.evaluators_group_id
  principal_type       = "Group"
}
