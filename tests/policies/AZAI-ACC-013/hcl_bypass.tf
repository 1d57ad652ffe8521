# network_acls without bypass: azurerm_ai_services sends AzureServices
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

resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
  }
}

resource "azurerm_search_service" "search" {
  name                       = "srch-contoso"
  resource_group_name        = "rg-ai"
  location                   = "eastus"
  sku                        = "standard"
  allowed_ips                = ["198.51.100.0/24"]
  network_rule_bypass_option = "AzureServices"
}
