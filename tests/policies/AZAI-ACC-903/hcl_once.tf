data "azurerm_subscription" "primary" {}

data "azurerm_role_definition" "owner" {
  name = "Owner"
}

data "azurerm_role_definition" "ai_admin" {
  name = "Azure AI Administrator"
}

resource "azurerm_ai_services" "foundry" {
  name                  = "aif-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  sku_name              = "S0"
  custom_subdomain_name = "aif-contoso"
}

# the advisory appears on the first eligible assignment, once
resource "azurerm_pim_eligible_role_assignment" "owner" {
  scope              = azurerm_ai_services.foundry.id
  role_definition_id = "${data.azurerm_subscription.primary.id}${data.azurerm_role_definition.owner.id}"
  principal_id       = "11111111-1111-1111-1111-111111111111"

  schedule {
    expiration {
      duration_days = 365
    }
  }

  justification = "Platform administrators"
}

resource "azurerm_pim_eligible_role_assignment" "ai_admin" {
  scope              = azurerm_ai_services.foundry.id
  role_definition_id = "${data.azurerm_subscription.primary.id}${data.azurerm_role_definition.ai_admin.id}"
  principal_id       = "11111111-1111-1111-1111-111111111111"
}
