resource "azurerm_machine_learning_compute_cluster" "cpu" {
  name                          = "cpu-cluster"
  location                      = "eastus"
  machine_learning_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-dev"
  vm_priority                   = "LowPriority"
  vm_size                       = "STANDARD_DS3_V2"

  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 4
    scale_down_nodes_after_idle_duration = "PT30S"
  }
}

# no idle-shutdown or setup-script attributes: only the advisory applies
resource "azurerm_machine_learning_compute_instance" "ci" {
  name                          = "ci-alice"
  machine_learning_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-dev"
  virtual_machine_size          = "STANDARD_DS3_V2"
  node_public_ip_enabled        = false
  subnet_resource_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/ml"
}
