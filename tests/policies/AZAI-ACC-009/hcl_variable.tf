variable "admin_role" {
  type    = string
  default = "Contributor"
}

variable "admin_group_id" {
  type = string
}

resource "azurerm_search_service" "search" {
  name                = "srch-contoso"
  resource_group_name = "rg-ai"
  location            = "eastus"
  sku                 = "standard"
}

resource "azurerm_role_assignment" "admins" {
  scope                = azurerm_search_service.search.id
  role_definition_name = var.admin_role
  principal_id         = var.admin_group_id
  principal_type       = "Group"
}
