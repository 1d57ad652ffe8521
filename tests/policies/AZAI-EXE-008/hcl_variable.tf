variable "container_memory" {
  type    = string
  default = "16Gi"
}

resource "azurerm_container_app" "runner" {
  name                         = "ca-var"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-exec"
  resource_group_name          = "rg-ai"
  revision_mode                = "Single"

  template {
    container {
      name   = "runner"
      image  = "contoso.azurecr.io/agents/runner:1.4.2"
      cpu    = 2
      memory = var.container_memory
    }
  }
}
