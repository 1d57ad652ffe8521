resource "azurerm_log_analytics_workspace" "law" {
  name                = "log-contoso"
  location            = "eastus"
  resource_group_name = "rg-ai"
  sku                 = "PerGB2018"
  retention_in_days   = 90
}

resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"
  local_auth_enabled    = false
}

resource "azurerm_monitor_diagnostic_setting" "oai" {
  name                       = "to-law"
  target_resource_id         = azurerm_cognitive_account.oai.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.law.id

  enabled_log {
    category_group = "allLogs"
  }

  metric {
    category = "AllMetrics"
  }
}

resource "azurerm_search_service" "search" {
  name                = "srch-contoso"
  location            = "eastus"
  resource_group_name = "rg-ai"
  sku                 = "standard"
}

# required categories count on their own
resource "azurerm_monitor_diagnostic_setting" "search" {
  name                       = "to-law"
  target_resource_id         = azurerm_search_service.search.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.law.id

  enabled_log {
    category = "Audit"
  }
}
