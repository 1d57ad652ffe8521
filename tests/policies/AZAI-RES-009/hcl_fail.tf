resource "azurerm_search_service" "public" {
  name                          = "srch-public"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  sku                           = "standard"
  public_network_access_enabled = true
  allowed_ips                   = []
}

# public_network_access_enabled defaults to true, no allowed_ips
resource "azurerm_search_service" "default" {
  name                = "srch-default"
  location            = "eastus"
  resource_group_name = "rg-ai"
  sku                 = "basic"
}

resource "azurerm_search_service" "free" {
  name                          = "srch-free"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  sku                           = "free"
  public_network_access_enabled = false
}
