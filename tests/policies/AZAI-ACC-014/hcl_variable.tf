variable "subscription_required" {
  type    = bool
  default = false
}

resource "azurerm_api_management_api" "models" {
  name                  = "models"
  resource_group_name   = "rg-ai"
  api_management_name   = "apim-contoso"
  revision              = "1"
  display_name          = "Foundry models"
  path                  = "models"
  protocols             = ["https"]
  service_url           = "https://aif-contoso.services.ai.azure.com/models"
  subscription_required = var.subscription_required
}
