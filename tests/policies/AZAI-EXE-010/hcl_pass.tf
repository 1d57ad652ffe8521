resource "azapi_resource" "ci" {
  type      = "Microsoft.MachineLearningServices/workspaces/computes@2025-12-01"
  name      = "ci-alice"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-dev"
  location  = "eastus"

  body = {
    properties = {
      computeType = "ComputeInstance"
      properties = {
        vmSize                 = "Standard_DS3_v2"
        idleTimeBeforeShutdown = "PT30M"
      }
    }
  }
}

# azurerm_machine_learning_compute_instance has no idle-shutdown attribute: not checked (AZAI-EXE-901)
resource "azurerm_machine_learning_compute_instance" "ci" {
  name                          = "ci-bob"
  machine_learning_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-dev"
  virtual_machine_size          = "STANDARD_DS3_V2"
  node_public_ip_enabled        = false
  subnet_resource_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/ml"
}
