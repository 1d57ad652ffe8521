# private: IP rules have no effect
resource "azurerm_cognitive_account" "private" {
  name                          = "oai-private"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  custom_subdomain_name         = "oai-private"
  public_network_access_enabled = false

  network_acls {
    default_action = "Deny"
    ip_rules       = ["203.0.113.0/24"]
  }
}

# public access by default, restricted to an allow-list: the advisory appears here, once
resource "azurerm_ai_services" "foundry" {
  name                  = "aif-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  sku_name              = "S0"
  custom_subdomain_name = "aif-contoso"

  network_acls {
    default_action = "Deny"
    ip_rules       = ["198.51.100.0/24"]
  }
}

resource "azurerm_search_service" "search" {
  name                = "srch-contoso"
  resource_group_name = "rg-ai"
  location            = "eastus"
  sku                 = "standard"
  allowed_ips         = ["198.51.100.0/24"]
}
