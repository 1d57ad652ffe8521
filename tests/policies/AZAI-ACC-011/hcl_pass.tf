resource "azurerm_resource_group" "rg" {
  name     = "rg-ai"
  location = "eastus"
}

resource "azurerm_ai_foundry" "hub" {
  name                = "hub-contoso"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  storage_account_id  = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Storage/storageAccounts/stcontoso"
  key_vault_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv-contoso"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_ai_foundry_project" "chat" {
  name               = "chat"
  location           = azurerm_ai_foundry.hub.location
  ai_services_hub_id = azurerm_ai_foundry.hub.id

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_search_service" "search" {
  name                = "srch-contoso"
  resource_group_name = azurerm_resource_group.rg.name
  location            = azurerm_resource_group.rg.location
  sku                 = "standard"
}

# Azure AI Developer on the project
resource "azurerm_role_assignment" "project_developers" {
  scope                = azurerm_ai_foundry_project.chat.id
  role_definition_name = "Azure AI Developer"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

# Search Index Data Reader on the search service
resource "azurerm_role_assignment" "index_readers" {
  scope                = azurerm_search_service.search.id
  role_definition_name = "Search Index Data Reader"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

# Reader at the resource group is not a data-plane AI role
resource "azurerm_role_assignment" "rg_readers" {
  scope                = azurerm_resource_group.rg.id
  role_definition_name = "Reader"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

# exempted by allowResourceGroupScopeFor
resource "azurerm_role_assignment" "rg_openai_users" {
  scope                = azurerm_resource_group.rg.id
  role_definition_name = "Cognitive Services OpenAI User"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}
