resource "azurerm_security_center_subscription_pricing" "ai" {
  tier          = "Free"
  resource_type = "AI"
}
