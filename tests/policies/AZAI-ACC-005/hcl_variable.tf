variable "export_keys" {
  description = "Return the account key to the caller."
  type        = bool
  default     = true
}

resource "azurerm_ai_services" "ais" {
  name                  = "ais-var"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  sku_name              = "S0"
  custom_subdomain_name = "ais-var"
}

locals {
  ais_key = azurerm_ai_services.ais.secondary_access_key
}

output "ais_key" {
  value     = var.export_keys ? local.ais_key : null
  sensitive = true
}
