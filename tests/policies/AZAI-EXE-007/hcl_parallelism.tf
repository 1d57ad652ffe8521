resource "azurerm_container_app_job" "events" {
  name                         = "job-events"
  location                     = "eastus"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-exec"
  resource_group_name          = "rg-ai"
  replica_timeout_in_seconds   = 600
  replica_retry_limit          = 1

  event_trigger_config {
    parallelism              = 20
    replica_completion_count = 1

    scale {
      min_executions = 0
      max_executions = 10
    }
  }

  template {
    container {
      name   = "task"
      image  = "contoso.azurecr.io/agents/task:2.0.1"
      cpu    = 0.5
      memory = "1Gi"
    }
  }
}
