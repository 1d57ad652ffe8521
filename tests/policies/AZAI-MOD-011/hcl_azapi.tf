resource "azapi_resource" "ais" {
  type      = "Microsoft.CognitiveServices/accounts@2025-06-01"
  name      = "ais-contoso"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"
  body = {
    kind = "AIServices"
    sku = {
      name = "S0"
    }
    properties = {
      customSubDomainName = "ais-contoso"
      disableLocalAuth    = true
    }
  }
}

resource "azurerm_monitor_diagnostic_setting" "ais" {
  name                       = "to-law"
  target_resource_id         = azapi_resource.ais.id
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.OperationalInsights/workspaces/log-contoso"

  enabled_log {
    category_group = "audit"
  }
}

# no diagnostic setting
resource "azapi_resource" "search" {
  type      = "Microsoft.Search/searchServices@2023-11-01"
  name      = "srch-contoso"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"
  body = {
    sku = {
      name = "standard"
    }
    properties = {
      disableLocalAuth = true
    }
  }
}
