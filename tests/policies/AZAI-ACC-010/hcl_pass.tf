resource "azurerm_ai_services" "foundry" {
  name                         = "aif-contoso"
  location                     = "eastus"
  resource_group_name          = "rg-ai"
  sku_name                     = "S0"
  custom_subdomain_name        = "aif-contoso"
  local_authentication_enabled = false
}

resource "azurerm_cognitive_account_project" "chat" {
  name                 = "chat"
  cognitive_account_id = azurerm_ai_services.foundry.id
  location             = "eastus"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_storage_account" "st" {
  name                     = "stcontoso"
  location                 = "eastus"
  resource_group_name      = "rg-ai"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# data scientist: Foundry User on the project, by role id
resource "azurerm_role_assignment" "ds_project" {
  scope              = azurerm_cognitive_account_project.chat.id
  role_definition_id = "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/53ca6127-db72-4b80-b1b0-d745d6d5456d"
  principal_id       = "11111111-1111-1111-1111-111111111111"
}

# AI developer (glob-mapped): OpenAI User on the account
resource "azurerm_role_assignment" "dev_openai" {
  scope                = azurerm_ai_services.foundry.id
  role_definition_name = "Cognitive Services OpenAI User"
  principal_id         = "22222222-0000-0000-0000-000000000000"
}

# a principal without a persona is out of scope
resource "azurerm_role_assignment" "unmapped" {
  scope                = azurerm_ai_services.foundry.id
  role_definition_name = "Cognitive Services User"
  principal_id         = "33333333-3333-3333-3333-333333333333"
}

# a storage account is not an AI account
resource "azurerm_role_assignment" "ds_blob" {
  scope                = azurerm_storage_account.st.id
  role_definition_name = "Storage Blob Data Reader"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}
