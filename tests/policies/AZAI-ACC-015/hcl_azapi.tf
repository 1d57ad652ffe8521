resource "azapi_resource" "workspace" {
  type      = "Microsoft.MachineLearningServices/workspaces@2025-06-01"
  name      = "mlw-contoso"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai"
  location  = "eastus"
  identity {
    type = "SystemAssigned"
  }
  body = {
    kind = "Default"
    properties = {
      publicNetworkAccess = "Disabled"
    }
  }
}

resource "azapi_resource" "instance" {
  type      = "Microsoft.MachineLearningServices/workspaces/computes@2025-06-01"
  name      = "ci-alice"
  parent_id = azapi_resource.workspace.id
  location  = "eastus"
  body = {
    properties = {
      computeType = "ComputeInstance"
      properties = {
        vmSize = "Standard_DS3_v2"
        sshSettings = {
          sshPublicAccess = "Enabled"
          adminPublicKey  = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 alice@contoso"
        }
      }
    }
  }
}

resource "azapi_resource" "cluster" {
  type      = "Microsoft.MachineLearningServices/workspaces/computes@2025-06-01"
  name      = "cpu-cluster"
  parent_id = azapi_resource.workspace.id
  location  = "eastus"
  body = {
    properties = {
      computeType = "AmlCompute"
      properties = {
        vmSize                      = "Standard_DS3_v2"
        remoteLoginPortPublicAccess = "Enabled"
        enableNodePublicIp          = false
      }
    }
  }
}

resource "azapi_resource" "private_cluster" {
  type      = "Microsoft.MachineLearningServices/workspaces/computes@2025-06-01"
  name      = "gpu-cluster"
  parent_id = azapi_resource.workspace.id
  location  = "eastus"
  body = {
    properties = {
      computeType = "AmlCompute"
      properties = {
        vmSize             = "Standard_NC6s_v3"
        enableNodePublicIp = false
        subnet = {
          id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-ai/subnets/snet-compute"
        }
      }
    }
  }
}
