resource "azapi_resource" "pool" {
  type      = "Microsoft.App/sessionPools@2025-07-01"
  name      = "pool-code"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    properties = {
      poolManagementType = "Dynamic"
      containerType      = "PythonLTS"
      dynamicPoolConfiguration = {
        lifecycleConfiguration = {
          lifecycleType           = "Timed"
          cooldownPeriodInSeconds = 300
        }
      }
    }
  }
}

resource "azurerm_machine_learning_compute_instance" "ci" {
  name                          = "ci-alice"
  machine_learning_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-dev"
  virtual_machine_size          = "STANDARD_DS3_V2"
  node_public_ip_enabled        = false
  subnet_resource_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/ml"
}

# other azapi resources are not a trigger
resource "azapi_resource" "oai" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "oai"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    kind = "OpenAI"
    sku = {
      name = "S0"
    }
    properties = {
      customSubDomainName = "oai"
      publicNetworkAccess = "Disabled"
    }
  }
}
