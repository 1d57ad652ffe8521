variable "weather_api_key" {
  type      = string
  sensitive = true
}

resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-pass"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-pass"
  local_auth_enabled    = false
}

resource "azurerm_storage_account" "data" {
  name                     = "stchatdata"
  resource_group_name      = "rg-ai"
  location                 = "eastus"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# The app reads the endpoint and authenticates with its managed identity; a third-party
# key and a storage key are not AI keys.
resource "azurerm_container_app" "chat" {
  name                         = "ca-chat"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-ai"
  resource_group_name          = "rg-ai"
  revision_mode                = "Single"

  identity {
    type = "SystemAssigned"
  }

  secret {
    name  = "weather-key"
    value = var.weather_api_key
  }
  secret {
    name  = "storage-key"
    value = azurerm_storage_account.data.primary_access_key
  }

  template {
    container {
      name   = "chat"
      image  = "myacr.azurecr.io/chat:1.0"
      cpu    = 0.5
      memory = "1Gi"

      env {
        name  = "AZURE_OPENAI_ENDPOINT"
        value = azurerm_cognitive_account.openai.endpoint
      }
      env {
        name        = "WEATHER_API_KEY"
        secret_name = "weather-key"
      }
    }
  }
}

resource "azurerm_cognitive_account_connection_entra_id" "oai" {
  name                 = "oai"
  cognitive_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/ais-hub"
  category             = "AzureOpenAI"
  target               = azurerm_cognitive_account.openai.endpoint

  metadata = {
    ApiType    = "Azure"
    ResourceId = azurerm_cognitive_account.openai.id
  }
}
