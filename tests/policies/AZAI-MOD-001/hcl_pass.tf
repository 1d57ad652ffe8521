resource "azurerm_security_center_subscription_pricing" "ai" {
  tier          = "Standard"
  resource_type = "AI"

  extension {
    name = "AIPromptEvidence"
  }
}

# resource_type defaults to "VirtualMachines": this block is not the AI plan
resource "azurerm_security_center_subscription_pricing" "vm" {
  tier = "Free"
}
