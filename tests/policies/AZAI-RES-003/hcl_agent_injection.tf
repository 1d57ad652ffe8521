resource "azurerm_cognitive_account" "injected" {
  name                               = "ais-injected"
  location                           = "eastus"
  resource_group_name                = "rg-ai"
  kind                               = "AIServices"
  sku_name                           = "S0"
  custom_subdomain_name              = "ais-injected"
  public_network_access_enabled      = false
  outbound_network_access_restricted = true
  fqdns                              = ["contoso.blob.core.windows.net"]

  network_injection {
    scenario  = "agent"
    subnet_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/agents"
  }
}

# restricted outbound, but agents are not injected into a subnet
resource "azurerm_cognitive_account" "plain" {
  name                               = "ais-plain"
  location                           = "eastus"
  resource_group_name                = "rg-ai"
  kind                               = "AIServices"
  sku_name                           = "S0"
  custom_subdomain_name              = "ais-plain"
  public_network_access_enabled      = false
  outbound_network_access_restricted = true
  fqdns                              = ["contoso.blob.core.windows.net"]
}
