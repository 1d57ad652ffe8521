variable "principal_id" {
  type = string
}

variable "principal_type" {
  type    = string
  default = "User"
}

resource "azurerm_search_service" "search" {
  name                = "srch-contoso"
  resource_group_name = "rg-ai"
  location            = "eastus"
  sku                 = "standard"
}

resource "azurerm_role_assignment" "readers" {
  scope                = azurerm_search_service.search.id
  role_definition_name = "Search Index Data Reader"
  principal_id         = var.principal_id
  principal_type       = var.principal_type
}
