resource "azurerm_machine_learning_compute_instance" "ci" {
  name                          = "ci-fail"
  machine_learning_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/mlw"
  virtual_machine_size          = "STANDARD_DS2_V2"
  local_auth_enabled            = true

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_machine_learning_compute_cluster" "cpu" {
  name                          = "cpu-fail"
  location                      = "eastus"
  machine_learning_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/mlw"
  vm_size                       = "STANDARD_DS2_V2"
  vm_priority                   = "LowPriority"
  local_auth_enabled            = true

  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 4
    scale_down_nodes_after_idle_duration = "PT30S"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azapi_resource" "ci" {
  type      = "Microsoft.MachineLearningServices/workspaces/computes@2024-10-01"
  name      = "ci-azapi"
  location  = "eastus"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/mlw"
  body = {
    properties = {
      computeType      = "ComputeInstance"
      disableLocalAuth = false
      properties = {
        vmSize = "Standard_DS3_v2"
      }
    }
  }
}
