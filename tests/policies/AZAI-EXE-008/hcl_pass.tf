resource "azurerm_container_app" "runner" {
  name                         = "ca-runner"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-exec"
  resource_group_name          = "rg-ai"
  revision_mode                = "Single"

  template {
    container {
      name   = "runner"
      image  = "contoso.azurecr.io/agents/runner:1.4.2"
      cpu    = 0.5
      memory = "1Gi"
    }
  }
}

resource "azurerm_container_app_job" "task" {
  name                         = "job-task"
  location                     = "eastus"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-exec"
  resource_group_name          = "rg-ai"
  replica_timeout_in_seconds   = 600
  replica_retry_limit          = 1

  manual_trigger_config {
    parallelism              = 1
    replica_completion_count = 1
  }

  template {
    container {
      name   = "task"
      image  = "contoso.azurecr.io/agents/task:2.0.1"
      cpu    = 1
      memory = "2Gi"
    }
  }
}

resource "azurerm_container_group" "aci" {
  name                = "aci-runner"
  location            = "eastus"
  resource_group_name = "rg-ai"
  os_type             = "Linux"
  ip_address_type     = "None"
  restart_policy      = "Never"

  container {
    name         = "runner"
    image        = "contoso.azurecr.io/agents/runner:1.4.2"
    cpu          = 1
    memory       = 1.5
    cpu_limit    = 2
    memory_limit = 4
  }
}
