resource "azurerm_cognitive_account" "oai" {
  name                               = "oai-restricted"
  location                           = "eastus"
  resource_group_name                = "rg-ai"
  kind                               = "OpenAI"
  sku_name                           = "S0"
  custom_subdomain_name              = "oai-restricted"
  public_network_access_enabled      = false
  outbound_network_access_restricted = true
  fqdns                              = ["contoso.blob.core.windows.net", "srch-contoso.search.windows.net"]
}

resource "azurerm_ai_services" "ais" {
  name                               = "ais-restricted"
  location                           = "eastus"
  resource_group_name                = "rg-ai"
  sku_name                           = "S0"
  custom_subdomain_name              = "ais-restricted"
  public_network_access              = "Disabled"
  outbound_network_access_restricted = true
  fqdns                              = ["contoso.blob.core.windows.net"]
}
