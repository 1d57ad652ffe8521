variable "compute_local_auth" {
  description = "Allow SSH keys and compute-level credentials."
  type        = bool
  default     = true
}

resource "azurerm_machine_learning_compute_instance" "ci" {
  name                          = "ci-var"
  machine_learning_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/mlw"
  virtual_machine_size          = "STANDARD_DS2_V2"
  local_auth_enabled            = var.compute_local_auth
}
