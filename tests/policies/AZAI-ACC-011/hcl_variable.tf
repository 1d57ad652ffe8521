variable "resource_group_id" {
  type    = string
  default = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
}

variable "data_scientists_group_id" {
  type = string
}

resource "azurerm_role_assignment" "data_scientists" {
  scope                = var.resource_group_id
  role_definition_name = "AzureML Data Scientist"
  principal_id         = var.data_scientists_group_id
  principal_type       = "Group"
}
