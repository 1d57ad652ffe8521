resource "azapi_resource" "hub" {
  type      = "Microsoft.MachineLearningServices/workspaces@2025-06-01"
  name      = "hub-azapi"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  identity {
    type = "SystemAssigned"
  }

  body = {
    kind = "Hub"
    properties = {
      publicNetworkAccess = "Disabled"
    }
  }
}

# a project inherits the hub's network: not checked
resource "azapi_resource" "project" {
  type      = "Microsoft.MachineLearningServices/workspaces@2025-06-01"
  name      = "proj-azapi"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  identity {
    type = "SystemAssigned"
  }

  body = {
    kind = "Project"
    properties = {
      hubResourceId = azapi_resource.hub.id
    }
  }
}

resource "azapi_resource" "oai" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "oai-azapi"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"

  body = {
    kind = "OpenAI"
    sku = {
      name = "S0"
    }
    properties = {
      customSubDomainName = "oai-azapi"
      publicNetworkAccess = "Disabled"
    }
  }
}

resource "azurerm_private_endpoint" "oai" {
  name                = "pe-oai"
  location            = "eastus"
  resource_group_name = "rg-ai"
  subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe"

  private_service_connection {
    name                           = "pe-oai"
    private_connection_resource_id = azapi_resource.oai.id
    subresource_names              = ["account"]
    is_manual_connection           = false
  }
}
