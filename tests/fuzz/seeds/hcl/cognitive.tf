variable "local_auth" {
  type    = bool
  default = true # insecure default
}

locals {
  name = "acct-${var.env}"
}

variable "env" { default = "dev" }

resource "azurerm_resource_group" "rg" {
  name     = "rg-${local.name}"
  location = "westeurope"
}

resource "azurerm_cognitive_account" "acct" {
  name                = local.name
  resource_group_name = azurerm_resource_group.rg.name
  location            = azurerm_resource_group.rg.location
  kind                = "OpenAI"
  sku_name            = "S0"
  local_auth_enabled  = var.local_auth
  custom_subdomain_name = lower(local.name)

  network_acls {
    default_action = "Allow"
  }
  identity {
    type = "SystemAssigned"
  }
  tags = {
    env = var.env
    "x" = 1
  }
}

resource "azurerm_cognitive_deployment" "d" {
  for_each = { gpt4 = "gpt-4", gpt35 = "gpt-35-turbo" }
  name                 = each.key
  cognitive_account_id = azurerm_cognitive_account.acct.id
  model {
    format = "OpenAI"
    name   = each.value
  }
}

output "key" {
  value     = azurerm_cognitive_account.acct.primary_access_key
  sensitive = true
}
