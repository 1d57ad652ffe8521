resource "azurerm_cognitive_account" "oai" {
  name                               = "oai-open"
  location                           = "eastus"
  resource_group_name                = "rg-ai"
  kind                               = "OpenAI"
  sku_name                           = "S0"
  custom_subdomain_name              = "oai-open"
  public_network_access_enabled      = false
  outbound_network_access_restricted = false
  fqdns                              = []
}

# outbound_network_access_restricted defaults to false, no fqdns
resource "azurerm_cognitive_account" "ais" {
  name                          = "ais-default"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  kind                          = "AIServices"
  sku_name                      = "S0"
  custom_subdomain_name         = "ais-default"
  public_network_access_enabled = false
}

# azurerm_ai_services (azurerm 4.x) is always kind AIServices
resource "azurerm_ai_services" "hub" {
  name                  = "ais-hub"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  sku_name              = "S0"
  custom_subdomain_name = "ais-hub"
  public_network_access = "Disabled"
}

# not a generative kind: not checked
resource "azurerm_cognitive_account" "speech" {
  name                = "speech"
  location            = "eastus"
  resource_group_name = "rg-ai"
  kind                = "SpeechServices"
  sku_name            = "S0"
}
