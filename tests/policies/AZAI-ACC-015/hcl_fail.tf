variable "workspace_id" {
  type    = string
  default = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-contoso"
}

# an ssh block enables public SSH; node_public_ip_enabled absent (default true)
resource "azurerm_machine_learning_compute_instance" "alice" {
  name                          = "ci-alice"
  machine_learning_workspace_id = var.workspace_id
  virtual_machine_size          = "STANDARD_DS3_V2"
  local_auth_enabled            = false

  ssh {
    public_key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 alice@contoso"
  }
}

# SSH open on the cluster; node_public_ip_enabled absent (default true)
resource "azurerm_machine_learning_compute_cluster" "cpu" {
  name                          = "cpu-cluster"
  location                      = "eastus"
  machine_learning_workspace_id = var.workspace_id
  vm_priority                   = "Dedicated"
  vm_size                       = "STANDARD_DS3_V2"
  ssh_public_access_enabled     = true
  local_auth_enabled            = false

  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 4
    scale_down_nodes_after_idle_duration = "PT30M"
  }

  ssh {
    admin_username = "azureuser"
    key_value      = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 ops@contoso"
  }
}
