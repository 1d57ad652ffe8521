variable "enforce_cmk" {
  type    = bool
  default = false
}

resource "azurerm_search_service" "search" {
  name                                     = "srch-var"
  location                                 = "eastus"
  resource_group_name                      = "rg-ai"
  sku                                      = "standard"
  customer_managed_key_enforcement_enabled = var.enforce_cmk
}
