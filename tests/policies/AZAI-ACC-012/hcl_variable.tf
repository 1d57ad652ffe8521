variable "management_group_id" {
  type    = string
  default = "/providers/Microsoft.Management/managementGroups/contoso"
}

resource "azurerm_role_definition" "search_reader" {
  name        = "Search Service Reader"
  scope       = var.management_group_id
  description = "Reads search services"

  permissions {
    actions = ["Microsoft.Search/searchServices/read"]
  }

  assignable_scopes = [var.management_group_id]
}
