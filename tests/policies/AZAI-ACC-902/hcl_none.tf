resource "azurerm_ai_services" "foundry" {
  name                  = "aif-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  sku_name              = "S0"
  custom_subdomain_name = "aif-contoso"
  public_network_access = "Disabled"

  network_acls {
    default_action = "Deny"
    ip_rules       = ["198.51.100.0/24"]
  }
}

# no allow-list
resource "azurerm_search_service" "search" {
  name                          = "srch-contoso"
  resource_group_name           = "rg-ai"
  location                      = "eastus"
  sku                           = "standard"
  public_network_access_enabled = false
}
