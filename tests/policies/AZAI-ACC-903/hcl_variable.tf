variable "use_pim" {
  type    = bool
  default = true
}

variable "admin_group_id" {
  type = string
}

variable "owner_role_definition_id" {
  type    = string
  default = "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635"
}

resource "azurerm_pim_eligible_role_assignment" "owner" {
  count              = var.use_pim ? 1 : 0
  scope              = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  role_definition_id = var.owner_role_definition_id
  principal_id       = var.admin_group_id
}
