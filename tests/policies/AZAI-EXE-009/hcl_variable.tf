variable "external_ingress" {
  type    = bool
  default = true
}

variable "aci_ip_type" {
  type    = string
  default = "Public"
}

resource "azurerm_container_app" "runner" {
  name                         = "ca-var"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.App/managedEnvironments/cae-internal"
  resource_group_name          = "rg-ai"
  revision_mode                = "Single"

  ingress {
    external_enabled = var.external_ingress
    target_port      = 8080

    traffic_weight {
      latest_revision = true
      percentage      = 100
    }
  }

  template {
    container {
      name   = "runner"
      image  = "contoso.azurecr.io/agents/runner:1.4.2"
      cpu    = 0.5
      memory = "1Gi"
    }
  }
}

resource "azurerm_container_group" "aci" {
  name                = "aci-var"
  location            = "eastus"
  resource_group_name = "rg-ai"
  os_type             = "Linux"
  restart_policy      = "Never"
  ip_address_type     = var.aci_ip_type

  container {
    name   = "runner"
    image  = "contoso.azurecr.io/agents/runner:1.4.2"
    cpu    = 1
    memory = 2

    ports {
      port     = 8080
      protocol = "TCP"
    }
  }
}
