resource "azurerm_resource_group" "rg" {
  name     = "rg-ai"
  location = "eastus"
}

resource "azurerm_cognitive_account" "oai" {
  name                          = "oai-public"
  location                      = azurerm_resource_group.rg.location
  resource_group_name           = azurerm_resource_group.rg.name
  kind                          = "OpenAI"
  sku_name                      = "S0"
  custom_subdomain_name         = "oai-public"
  public_network_access_enabled = true

  network_acls {
    default_action = "Allow"
  }
}

# public_network_access_enabled defaults to true and there is no network_acls block
resource "azurerm_cognitive_account" "speech" {
  name                = "speech-default"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  kind                = "SpeechServices"
  sku_name            = "S0"
}

# azurerm 4.x azurerm_ai_services: public_network_access defaults to "Enabled"
resource "azurerm_ai_services" "ais" {
  name                = "ais-default"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  sku_name            = "S0"
}
