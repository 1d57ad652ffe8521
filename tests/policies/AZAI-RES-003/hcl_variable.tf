variable "restrict_outbound" {
  type    = bool
  default = false
}

variable "allowed_fqdns" {
  type    = list(string)
  default = []
}

resource "azurerm_cognitive_account" "oai" {
  name                               = "oai-var"
  location                           = "eastus"
  resource_group_name                = "rg-ai"
  kind                               = "OpenAI"
  sku_name                           = "S0"
  custom_subdomain_name              = "oai-var"
  public_network_access_enabled      = false
  outbound_network_access_restricted = var.restrict_outbound
  fqdns                              = var.allowed_fqdns
}
