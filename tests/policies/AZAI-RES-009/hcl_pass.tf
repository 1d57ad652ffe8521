resource "azurerm_search_service" "private" {
  name                          = "srch-private"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  sku                           = "standard"
  public_network_access_enabled = false
}

# public, but limited to an IP allow-list
resource "azurerm_search_service" "ips" {
  name                = "srch-ips"
  location            = "eastus"
  resource_group_name = "rg-ai"
  sku                 = "basic"
  allowed_ips         = ["203.0.113.0/24"]
}
