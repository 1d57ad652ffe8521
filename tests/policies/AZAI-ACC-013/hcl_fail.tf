resource "azurerm_cognitive_account" "oai" {
  name                          = "oai-contoso"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  custom_subdomain_name         = "oai-contoso"
  public_network_access_enabled = true

  network_acls {
    default_action = "Deny"
    ip_rules       = ["0.0.0.0/0", "10.0.0.0/8", "203.0.113.0/24"]
  }
}

resource "azurerm_search_service" "search" {
  name                = "srch-contoso"
  resource_group_name = "rg-ai"
  location            = "eastus"
  sku                 = "standard"
  allowed_ips = [
    "198.51.100.0/24",
    "0.0.0.0/0",
  ]
}
