resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"
}

resource "azurerm_search_service" "search" {
  name                = "srch-contoso"
  location            = "eastus"
  resource_group_name = "rg-ai"
  sku                 = "standard"
}

resource "azurerm_monitor_diagnostic_setting" "oai" {
  name                       = "to-law"
  target_resource_id         = azurerm_cognitive_account.oai.id
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/log-contoso"

  enabled_log {
    category_group = "allLogs"
  }
}

resource "azurerm_monitor_diagnostic_setting" "search" {
  name                       = "to-law"
  target_resource_id         = azurerm_search_service.search.id
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/log-contoso"

  enabled_log {
    category_group = "audit"
  }
}
