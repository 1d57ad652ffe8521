resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-copy"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-copy"
}

resource "azurerm_search_service" "search" {
  name                = "srch-copy"
  location            = "eastus"
  resource_group_name = "rg-ai"
  sku                 = "basic"
}

resource "azurerm_container_app" "chat" {
  name                         = "ca-chat"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-ai"
  resource_group_name          = "rg-ai"
  revision_mode                = "Single"

  secret {
    name  = "oai-key"
    value = azurerm_cognitive_account.openai.primary_access_key
  }

  template {
    container {
      name   = "chat"
      image  = "myacr.azurecr.io/chat:1.0"
      cpu    = 0.5
      memory = "1Gi"

      env {
        name        = "AZURE_OPENAI_API_KEY"
        secret_name = "oai-key"
      }
      env {
        name  = "SEARCH_QUERY_KEY"
        value = azurerm_search_service.search.query_keys[0].key
      }
    }
  }
}

resource "azurerm_api_management_named_value" "oai_key" {
  name                = "oai-key"
  resource_group_name = "rg-ai"
  api_management_name = "apim-ai"
  display_name        = "oai-key"
  secret              = true
  value               = azurerm_cognitive_account.openai.secondary_access_key
}

resource "azurerm_linux_web_app" "app" {
  name                = "app-chat"
  resource_group_name = "rg-ai"
  location            = "eastus"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Web/serverFarms/plan-chat"

  site_config {}

  app_settings = {
    AZURE_OPENAI_ENDPOINT = azurerm_cognitive_account.openai.endpoint
    AZURE_SEARCH_KEY      = azurerm_search_service.search.primary_key
  }
}

resource "azurerm_cognitive_account_connection_api_key" "search" {
  name                 = "search"
  cognitive_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/ais-hub"
  category             = "CognitiveSearch"
  target               = "https://srch-copy.search.windows.net"
  api_key              = azurerm_search_service.search.primary_key

  metadata = {
    ApiType    = "Azure"
    ResourceId = azurerm_search_service.search.id
  }
}
