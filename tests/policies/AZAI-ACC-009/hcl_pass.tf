data "azurerm_subscription" "primary" {}

data "azurerm_role_definition" "owner" {
  name = "Owner"
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-ai"
  location = "eastus"
}

resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = azurerm_resource_group.rg.location
  resource_group_name   = azurerm_resource_group.rg.name
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"
  local_auth_enabled    = false
}

resource "azurerm_storage_account" "st" {
  name                     = "stcontoso"
  location                 = azurerm_resource_group.rg.location
  resource_group_name      = azurerm_resource_group.rg.name
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# Owner through PIM
resource "azurerm_pim_eligible_role_assignment" "owner" {
  scope              = azurerm_cognitive_account.oai.id
  role_definition_id = "${data.azurerm_subscription.primary.id}${data.azurerm_role_definition.owner.id}"
  principal_id       = "11111111-1111-1111-1111-111111111111"

  schedule {
    expiration {
      duration_days = 180
    }
  }
}

# a data-plane role
resource "azurerm_role_assignment" "openai_user" {
  scope                = azurerm_cognitive_account.oai.id
  role_definition_name = "Cognitive Services OpenAI User"
  principal_id         = "11111111-1111-1111-1111-111111111111"
  principal_type       = "User"
}

# the break-glass account (breakGlassPrincipalIds)
resource "azurerm_role_assignment" "break_glass" {
  scope                = azurerm_cognitive_account.oai.id
  role_definition_name = "Owner"
  principal_id         = "99999999-9999-9999-9999-999999999999"
  principal_type       = "User"
}

# Owner on a storage account is not an AI scope
resource "azurerm_role_assignment" "storage_owner" {
  scope                = azurerm_storage_account.st.id
  role_definition_name = "Owner"
  principal_id         = "11111111-1111-1111-1111-111111111111"
  principal_type       = "User"
}
