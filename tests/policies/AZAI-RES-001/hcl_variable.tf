variable "public_access" {
  type    = bool
  default = true
}

resource "azurerm_cognitive_account" "oai" {
  name                          = "oai-var"
  location                      = "eastus"
  resource_group_name           = "rg-ai"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  custom_subdomain_name         = "oai-var"
  public_network_access_enabled = var.public_access
}
