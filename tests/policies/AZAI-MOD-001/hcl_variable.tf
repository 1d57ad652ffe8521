variable "defender_tier" {
  type    = string
  default = "Free"
}

resource "azurerm_security_center_subscription_pricing" "ai" {
  tier          = var.defender_tier
  resource_type = "AI"
}
