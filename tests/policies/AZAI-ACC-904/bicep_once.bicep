param location string = resourceGroup().location
@secure()
param adminPassword string

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' existing = {
  name: 'mlw-contoso'
}

resource nic 'Microsoft.Network/networkInterfaces@2024-05-01' existing = {
  name: 'nic-jumpbox'
}

// the advisory appears on the first ML compute or VM, once
resource instance 'Microsoft.MachineLearningServices/workspaces/computes@2025-06-01' = {
  parent: ws
  name: 'ci-alice'
  location: location
  properties: {
    computeType: 'ComputeInstance'
    properties: {
      vmSize: 'Standard_DS3_v2'
      enableNodePublicIp: false
    }
  }
}

resource jumpbox 'Microsoft.Compute/virtualMachines@2024-07-01' = {
  name: 'vm-jumpbox'
  location: location
  properties: {
    hardwareProfile: {
      vmSize: 'Standard_B2s'
    }
    osProfile: {
      computerName: 'jumpbox'
      adminUsername: 'azureuser'
      adminPassword: adminPassword
    }
    storageProfile: {
      imageReference: {
        publisher: 'Canonical'
        offer: 'ubuntu-24_04-lts'
        sku: 'server'
        version: 'latest'
      }
    }
    networkProfile: {
      networkInterfaces: [
        {
          id: nic.id
        }
      ]
    }
  }
}
