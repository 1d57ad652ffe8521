resource "azurerm_container_app_job" "task" {
  name                         = "job-bounded"
  location                     = "eastus"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-exec"
  resource_group_name          = "rg-ai"
  replica_timeout_in_seconds   = 900
  replica_retry_limit          = 2

  schedule_trigger_config {
    cron_expression          = "0 */6 * * *"
    parallelism              = 2
    replica_completion_count = 2
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

resource "azurerm_container_group" "aci" {
  name                = "aci-runner"
  location            = "eastus"
  resource_group_name = "rg-ai"
  os_type             = "Linux"
  ip_address_type     = "None"
  restart_policy      = "OnFailure"

  container {
    name   = "runner"
    image  = "contoso.azurecr.io/agents/runner:1.4.2"
    cpu    = 1
    memory = 2
  }
}
