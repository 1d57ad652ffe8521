# the group id of a search service, not of an AI services account
variable "pe_subresource" {
  type    = string
  default = "searchService"
}

resource "azurerm_cognitive_account" "oai" {
  name                          = "oai-var"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  custom_subdomain_name         = "oai-var"
  public_network_access_enabled = false
}

resource "azurerm_private_endpoint" "oai" {
  name                = "pe-oai"
  location            = "eastus"
  resource_group_name = "rg-ai"
  subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe"

  private_service_connection {
    name                           = "pe-oai"
    private_connection_resource_id = azurerm_cognitive_account.oai.id
    subresource_names              = [var.pe_subresource]
    is_manual_connection           = false
  }
}
