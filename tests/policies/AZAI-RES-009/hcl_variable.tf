variable "search_public" {
  type    = bool
  default = true
}

variable "search_sku" {
  type    = string
  default = "free"
}

resource "azurerm_search_service" "search" {
  name                          = "srch-var"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  sku                           = var.search_sku
  public_network_access_enabled = var.search_public
}
