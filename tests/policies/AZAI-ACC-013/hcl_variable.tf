variable "office_range" {
  type    = string
  default = "0.0.0.0/0"
}

resource "azurerm_search_service" "search" {
  name                = "srch-contoso"
  resource_group_name = "rg-ai"
  location            = "eastus"
  sku                 = "standard"
  allowed_ips         = [var.office_range]
}
