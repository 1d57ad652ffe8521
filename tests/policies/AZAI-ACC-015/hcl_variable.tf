variable "public_ip" {
  type    = bool
  default = true
}

resource "azurerm_machine_learning_compute_cluster" "gpu" {
  name                          = "gpu-cluster"
  location                      = "eastus"
  machine_learning_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-contoso"
  vm_priority                   = "LowPriority"
  vm_size                       = "STANDARD_NC6S_V3"
  ssh_public_access_enabled     = false
  node_public_ip_enabled        = var.public_ip

  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 2
    scale_down_nodes_after_idle_duration = "PT15M"
  }
}
