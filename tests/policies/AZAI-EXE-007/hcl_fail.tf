resource "azurerm_container_app_job" "task" {
  name                         = "job-long"
  location                     = "eastus"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-exec"
  resource_group_name          = "rg-ai"
  replica_timeout_in_seconds   = 7200

  manual_trigger_config {
    parallelism              = 20
    replica_completion_count = 1
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

# restart_policy defaults to Always
resource "azurerm_container_group" "aci" {
  name                = "aci-runner"
  location            = "eastus"
  resource_group_name = "rg-ai"
  os_type             = "Linux"
  ip_address_type     = "None"

  container {
    name   = "runner"
    image  = "contoso.azurecr.io/agents/runner:1.4.2"
    cpu    = 1
    memory = 2
  }
}
