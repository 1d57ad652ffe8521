variable "regions" {
  default = ["eastus", "westeurope"]
}

resource "azurerm_cognitive_account" "acct" {
  for_each           = toset(var.regions)
  name               = "acct-${each.key}"
  location           = each.value
  local_auth_enabled = true
}

resource "azurerm_cognitive_account" "counted" {
  count              = 2
  name               = "c${count.index}"
  local_auth_enabled = count.index == 0 ? false : null

  dynamic "network_acls" {
    for_each = [1]
    content {
      default_action = "Deny"
    }
  }
}

resource "azurerm_cognitive_account" "later" {
  name               = "later"
  local_auth_enabled = data.azurerm_client_config.cfg.object_id == "" ? true : false
}

data "azurerm_client_config" "cfg" {}
