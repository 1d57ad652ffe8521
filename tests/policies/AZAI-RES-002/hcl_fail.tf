resource "azurerm_cognitive_account" "oai" {
  name                          = "oai-nope"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  custom_subdomain_name         = "oai-nope"
  public_network_access_enabled = false
}

resource "azurerm_search_service" "search" {
  name                          = "srch-wronggroup"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  sku                           = "standard"
  public_network_access_enabled = false
}

# connects to the search service with the group id of an AI services account
resource "azurerm_private_endpoint" "pe" {
  name                = "pe-srch"
  location            = "eastus"
  resource_group_name = "rg-ai"
  subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe"

  private_service_connection {
    name                           = "pe-srch"
    private_connection_resource_id = azurerm_search_service.search.id
    subresource_names              = ["account"]
    is_manual_connection           = false
  }
}
