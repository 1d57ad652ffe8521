variable "developer_role" {
  type    = string
  default = "Cognitive Services Contributor"
}

variable "developer_group_id" {
  type    = string
  default = "22222222-0000-0000-0000-000000000000"
}

# local_auth_enabled absent: keys are accepted (provider default true)
resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"
}

resource "azurerm_role_assignment" "developers" {
  scope                = azurerm_cognitive_account.oai.id
  role_definition_name = var.developer_role
  principal_id         = var.developer_group_id
  principal_type       = "Group"
}
