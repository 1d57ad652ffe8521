variable "local_auth_enabled" {
  description = "Keep key authentication for legacy clients."
  type        = bool
  default     = true
}

resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-var"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-var"
  local_auth_enabled    = var.local_auth_enabled
}

resource "azurerm_search_service" "search" {
  name                         = "srch-var"
  location                     = "eastus"
  resource_group_name          = "rg-ai"
  sku                          = "basic"
  local_authentication_enabled = var.local_auth_enabled
}
