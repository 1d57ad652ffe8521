variable "n" { default = 2 }
module "ai" {
  source   = "./modules/ai"
  count    = var.n
  enabled  = true
}
module "reg" {
  source  = "Azure/x/azurerm"
  version = "1.0"
}
resource "x_t" "r" {
  for_each = toset(["a", "b"])
  name     = each.key
  ep       = module.ai[0].endpoint
  id       = x_t.r["a"].id
  dynamic "rule" {
    for_each = { a = 1 }
    iterator = it
    content { v = it.value }
  }
  lifecycle { ignore_changes = [tags] }
}
data "azurerm_client_config" "c" {}
output "o" {
  value     = data.azurerm_client_config.c.tenant_id
  sensitive = true
}
