param location string = resourceGroup().location
param subnetId string = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-ai/subnets/snet-compute'

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' existing = {
  name: 'mlw-contoso'
}

resource instance 'Microsoft.MachineLearningServices/workspaces/computes@2025-06-01' = {
  parent: ws
  name: 'ci-alice'
  location: location
  properties: {
    computeType: 'ComputeInstance'
    disableLocalAuth: true
    properties: {
      vmSize: 'Standard_DS3_v2'
      enableNodePublicIp: false
      subnet: {
        id: subnetId
      }
      sshSettings: {
        sshPublicAccess: 'Disabled'
      }
    }
  }
}

resource cluster 'Microsoft.MachineLearningServices/workspaces/computes@2025-06-01' = {
  parent: ws
  name: 'cpu-cluster'
  location: location
  properties: {
    computeType: 'AmlCompute'
    disableLocalAuth: true
    properties: {
      vmSize: 'Standard_DS3_v2'
      enableNodePublicIp: false
      remoteLoginPortPublicAccess: 'Disabled'
      subnet: {
        id: subnetId
      }
      scaleSettings: {
        minNodeCount: 0
        maxNodeCount: 4
      }
    }
  }
}

// NotSpecified inside a subnet passes the SSH check
resource gpuCluster 'Microsoft.MachineLearningServices/workspaces/computes@2025-06-01' = {
  parent: ws
  name: 'gpu-cluster'
  location: location
  properties: {
    computeType: 'AmlCompute'
    disableLocalAuth: true
    properties: {
      vmSize: 'Standard_NC6s_v3'
      enableNodePublicIp: false
      remoteLoginPortPublicAccess: 'NotSpecified'
      subnet: {
        id: subnetId
      }
    }
  }
}
