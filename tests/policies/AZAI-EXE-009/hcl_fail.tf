resource "azurerm_container_app_environment" "public" {
  name                  = "cae-public"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  public_network_access = "Enabled"
}

# internal_load_balancer_enabled defaults to false
resource "azurerm_container_app_environment" "default" {
  name                     = "cae-default"
  location                 = "eastus"
  resource_group_name      = "rg-ai"
  infrastructure_subnet_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aca"
}

resource "azurerm_container_app" "runner" {
  name                         = "ca-runner"
  container_app_environment_id = azurerm_container_app_environment.public.id
  resource_group_name          = "rg-ai"
  revision_mode                = "Single"

  ingress {
    external_enabled           = true
    allow_insecure_connections = true
    target_port                = 8080

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

# ip_address_type defaults to Public
resource "azurerm_container_group" "aci" {
  name                = "aci-public"
  location            = "eastus"
  resource_group_name = "rg-ai"
  os_type             = "Linux"
  restart_policy      = "Never"

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
