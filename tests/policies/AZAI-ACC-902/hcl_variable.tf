variable "allowed_ips" {
  type    = list(string)
  default = ["198.51.100.0/24", "203.0.113.10"]
}

resource "azurerm_search_service" "search" {
  name                = "srch-contoso"
  resource_group_name = "rg-ai"
  location            = "eastus"
  sku                 = "standard"
  allowed_ips         = var.allowed_ips
}
