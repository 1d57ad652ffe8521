variable "workspace_id" {
  type    = string
  default = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-contoso"
}

variable "subnet_id" {
  type    = string
  default = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-ai/subnets/snet-compute"
}

resource "azurerm_machine_learning_compute_instance" "alice" {
  name                          = "ci-alice"
  machine_learning_workspace_id = var.workspace_id
  virtual_machine_size          = "STANDARD_DS3_V2"
  subnet_resource_id            = var.subnet_id
  node_public_ip_enabled        = false
}

# SSH on a node without a public IP (allowSshWithPrivateNodes, default true)
resource "azurerm_machine_learning_compute_instance" "bob" {
  name                          = "ci-bob"
  machine_learning_workspace_id = var.workspace_id
  virtual_machine_size          = "STANDARD_DS3_V2"
  subnet_resource_id            = var.subnet_id
  node_public_ip_enabled        = false

  ssh {
    public_key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 bob@contoso"
  }
}

# ssh_public_access_enabled absent: default false
resource "azurerm_machine_learning_compute_cluster" "cpu" {
  name                          = "cpu-cluster"
  location                      = "eastus"
  machine_learning_workspace_id = var.workspace_id
  vm_priority                   = "Dedicated"
  vm_size                       = "STANDARD_DS3_V2"
  subnet_resource_id            = var.subnet_id
  node_public_ip_enabled        = false

  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 4
    scale_down_nodes_after_idle_duration = "PT30M"
  }
}
