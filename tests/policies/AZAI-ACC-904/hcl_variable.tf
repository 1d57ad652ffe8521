variable "deploy_bastion" {
  type    = bool
  default = false
}

resource "azurerm_bastion_host" "bastion" {
  count               = var.deploy_bastion ? 1 : 0
  name                = "bas-ai"
  location            = "eastus"
  resource_group_name = "rg-ai"
  sku                 = "Developer"
  virtual_network_id  = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet-ai"
}

resource "azurerm_machine_learning_compute_instance" "alice" {
  name                          = "ci-alice"
  machine_learning_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-contoso"
  virtual_machine_size          = "STANDARD_DS3_V2"
  node_public_ip_enabled        = false
}
