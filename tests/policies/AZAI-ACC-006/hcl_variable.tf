variable "use_managed_identity" {
  description = "Authenticate the gateway to Azure OpenAI with its managed identity instead of the account key."
  type        = bool
  default     = false
}

resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-var"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-var"
}

resource "azurerm_api_management_named_value" "oai_key" {
  name                = "oai-key"
  resource_group_name = "rg-ai"
  api_management_name = "apim-ai"
  display_name        = "oai-key"
  secret              = true
  value               = var.use_managed_identity ? "unused" : azurerm_cognitive_account.openai.primary_access_key
}
