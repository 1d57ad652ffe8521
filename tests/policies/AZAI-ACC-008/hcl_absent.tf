# No identity block: the compute and the azapi account have no managed identity.
resource "azurerm_machine_learning_compute_cluster" "cpu" {
  name                          = "cpu"
  location                      = "eastus"
  machine_learning_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw"
  vm_size                       = "STANDARD_DS2_V2"
  vm_priority                   = "Dedicated"
  local_auth_enabled            = false

  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 2
    scale_down_nodes_after_idle_duration = "PT30S"
  }
}

resource "azapi_resource" "ais" {
  type      = "Microsoft.CognitiveServices/accounts@2025-06-01"
  name      = "ais-absent"
  location  = "eastus"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  body = {
    kind = "AIServices"
    sku = {
      name = "S0"
    }
    properties = {
      customSubDomainName = "ais-absent"
      disableLocalAuth    = true
    }
  }
}
