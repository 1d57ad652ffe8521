resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-noid"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-noid"
  local_auth_enabled    = false
}

resource "azurerm_search_service" "search" {
  name                         = "srch-noid"
  location                     = "eastus"
  resource_group_name          = "rg-ai"
  sku                          = "basic"
  local_authentication_enabled = false
}

resource "azurerm_container_app" "chat" {
  name                         = "ca-chat"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-ai"
  resource_group_name          = "rg-ai"
  revision_mode                = "Single"

  template {
    container {
      name   = "chat"
      image  = "myacr.azurecr.io/chat:1.0"
      cpu    = 0.5
      memory = "1Gi"
    }
  }
}

resource "azapi_resource" "pool" {
  type      = "Microsoft.App/sessionPools@2025-01-01"
  name      = "sp-code"
  location  = "eastus"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"

  identity {
    type = "None"
  }

  body = {
    properties = {
      environmentId      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-ai"
      poolManagementType = "Dynamic"
      containerType      = "PythonLTS"
    }
  }
}
