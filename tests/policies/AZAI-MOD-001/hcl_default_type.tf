resource "azurerm_resource_group" "rg" {
  name     = "rg-ai"
  location = "eastus"
}

# resource_type is left out: the provider's default "VirtualMachines" does not cover AI
resource "azurerm_security_center_subscription_pricing" "plan" {
  tier = "Standard"
}

resource "azurerm_cognitive_account" "oai" {
  name                = "oai-contoso"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  kind                = "OpenAI"
  sku_name            = "S0"
}
