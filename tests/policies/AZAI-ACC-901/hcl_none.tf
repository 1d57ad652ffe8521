# no AI resource in the configuration
resource "azurerm_storage_account" "st" {
  name                     = "stcontoso"
  location                 = "eastus"
  resource_group_name      = "rg-data"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_role_assignment" "analyst" {
  scope                = azurerm_storage_account.st.id
  role_definition_name = "Storage Blob Data Reader"
  principal_id         = "11111111-1111-1111-1111-111111111111"
  principal_type       = "User"
}
