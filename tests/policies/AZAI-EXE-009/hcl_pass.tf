resource "azurerm_container_app_environment" "internal" {
  name                           = "cae-internal"
  location                       = "eastus"
  resource_group_name            = "rg-ai"
  infrastructure_subnet_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aca"
  internal_load_balancer_enabled = true
}

resource "azurerm_container_app_environment" "private" {
  name                  = "cae-private"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  public_network_access = "Disabled"
}

# external_enabled and allow_insecure_connections default to false
resource "azurerm_container_app" "runner" {
  name                         = "ca-runner"
  container_app_environment_id = azurerm_container_app_environment.internal.id
  resource_group_name          = "rg-ai"
  revision_mode                = "Single"

  ingress {
    target_port = 8080

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
  name                = "aci-private"
  location            = "eastus"
  resource_group_name = "rg-ai"
  os_type             = "Linux"
  restart_policy      = "Never"
  ip_address_type     = "Private"
  subnet_ids          = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aci"]

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
