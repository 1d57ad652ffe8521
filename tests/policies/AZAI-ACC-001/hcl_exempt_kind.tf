# A Face account whose clients still need keys; exempted by kind (exemptAccountKinds).
resource "azurerm_cognitive_account" "face" {
  name                  = "face-legacy"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "Face"
  sku_name              = "S0"
  custom_subdomain_name = "face-legacy"
}

resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-keys"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-keys"
  local_auth_enabled    = true
}
