resource "azurerm_ai_services" "foundry" {
  name                  = "aif-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  sku_name              = "S0"
  custom_subdomain_name = "aif-contoso"

  network_acls {
    default_action = "Deny"
    bypass         = "None"
    ip_rules       = ["198.51.100.0/24", "203.0.113.10"]
  }
}

# no network_acls: no IP rule to judge
resource "azurerm_cognitive_account" "oai" {
  name                          = "oai-contoso"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = false
}

resource "azurerm_search_service" "search" {
  name                       = "srch-contoso"
  resource_group_name        = "rg-ai"
  location                   = "eastus"
  sku                        = "standard"
  allowed_ips                = ["198.51.100.0/24"]
  network_rule_bypass_option = "None"
}
