variable "local_auth" {
  type    = bool
  default = false
}

resource "azurerm_cognitive_account" "this" {
  name               = "acct1"
  kind               = "OpenAI"
  local_auth_enabled = var.local_auth
}
