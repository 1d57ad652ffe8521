resource "azurerm_search_service" "search" {
  name                = "srch-aci"
  location            = "eastus"
  resource_group_name = "rg-ai"
  sku                 = "basic"
}

resource "azurerm_container_group" "indexer" {
  name                = "ci-indexer"
  location            = "eastus"
  resource_group_name = "rg-ai"
  os_type             = "Linux"
  ip_address_type     = "None"

  container {
    name   = "indexer"
    image  = "myacr.azurecr.io/indexer:1.0"
    cpu    = 1
    memory = 2

    environment_variables = {
      SEARCH_ENDPOINT = "https://srch-aci.search.windows.net"
    }
    secure_environment_variables = {
      SEARCH_ADMIN_KEY = azurerm_search_service.search.primary_key
    }
  }
}
