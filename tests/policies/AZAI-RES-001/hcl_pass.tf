resource "azurerm_cognitive_account" "oai" {
  name                          = "oai-private"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  custom_subdomain_name         = "oai-private"
  public_network_access_enabled = false
}

# public access on, but the ACL denies by default
resource "azurerm_cognitive_account" "acl" {
  name                  = "oai-acl"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-acl"

  network_acls {
    default_action = "Deny"
    ip_rules       = ["203.0.113.0/24"]
  }
}

resource "azurerm_ai_services" "ais" {
  name                  = "ais-private"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  sku_name              = "S0"
  custom_subdomain_name = "ais-private"
  public_network_access = "Disabled"
}
