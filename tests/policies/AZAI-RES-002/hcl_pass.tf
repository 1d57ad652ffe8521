locals {
  pe_subnet_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe"
}

resource "azurerm_cognitive_account" "oai" {
  name                          = "oai-pe"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  custom_subdomain_name         = "oai-pe"
  public_network_access_enabled = false
}

resource "azurerm_private_endpoint" "oai" {
  name                = "pe-oai"
  location            = "eastus"
  resource_group_name = "rg-ai"
  subnet_id           = local.pe_subnet_id

  private_service_connection {
    name                           = "pe-oai"
    private_connection_resource_id = azurerm_cognitive_account.oai.id
    subresource_names              = ["account"]
    is_manual_connection           = false
  }
}

resource "azurerm_search_service" "search" {
  name                          = "srch-pe"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  sku                           = "standard"
  public_network_access_enabled = false
}

resource "azurerm_private_endpoint" "search" {
  name                = "pe-srch"
  location            = "eastus"
  resource_group_name = "rg-ai"
  subnet_id           = local.pe_subnet_id

  private_service_connection {
    name                           = "pe-srch"
    private_connection_resource_id = azurerm_search_service.search.id
    subresource_names              = ["searchService"]
    is_manual_connection           = false
  }
}

resource "azurerm_ai_foundry" "hub" {
  name                  = "hub-pe"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  storage_account_id    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Storage/storageAccounts/sthub"
  key_vault_id          = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv-hub"
  public_network_access = "Disabled"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_private_endpoint" "hub" {
  name                = "pe-hub"
  location            = "eastus"
  resource_group_name = "rg-ai"
  subnet_id           = local.pe_subnet_id

  private_service_connection {
    name                           = "pe-hub"
    private_connection_resource_id = azurerm_ai_foundry.hub.id
    subresource_names              = ["amlworkspace"]
    is_manual_connection           = false
  }
}
