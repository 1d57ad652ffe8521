variable "ghcr_password" {
  type      = string
  sensitive = true
}

resource "azurerm_container_app" "runner" {
  name                         = "ca-runner"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-exec"
  resource_group_name          = "rg-ai"
  revision_mode                = "Single"

  secret {
    name  = "ghcr-password"
    value = var.ghcr_password
  }

  registry {
    server               = "ghcr.io"
    username             = "contoso-bot"
    password_secret_name = "ghcr-password"
  }

  template {
    container {
      name   = "runner"
      image  = "ghcr.io/contoso/agent-runner:latest"
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
      image  = "python:3.12-slim"
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
  restart_policy      = "Never"

  container {
    name   = "runner"
    image  = "docker.io/library/python:3.12"
    cpu    = 1
    memory = 2
  }

  image_registry_credential {
    server   = "contoso.azurecr.io"
    username = "contoso"
    password = var.ghcr_password
  }
}
