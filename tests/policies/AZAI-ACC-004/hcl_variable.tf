variable "custom_subdomain_name" {
  description = "Custom subdomain; empty keeps the regional endpoint."
  type        = string
  default     = ""
}

resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-var"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = var.custom_subdomain_name
  local_auth_enabled    = false
}
