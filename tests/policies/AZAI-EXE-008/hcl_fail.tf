resource "azurerm_container_app" "runner" {
  name                         = "ca-runner"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-exec"
  resource_group_name          = "rg-ai"
  revision_mode                = "Single"

  template {
    container {
      name   = "runner"
      image  = "contoso.azurecr.io/agents/runner:1.4.2"
      cpu    = 4
      memory = "8Gi"
    }
  }
}

# requests above the bounds, no cpu_limit / memory_limit
resource "azurerm_container_group" "aci" {
  name                = "aci-runner"
  location            = "eastus"
  resource_group_name = "rg-ai"
  os_type             = "Linux"
  ip_address_type     = "None"
  restart_policy      = "Never"

  container {
    name   = "runner"
    image  = "contoso.azurecr.io/agents/runner:1.4.2"
    cpu    = 1
    memory = 16
  }
}
