param location string = resourceGroup().location

resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {
  name: 'mlw-fail'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
  }

  resource ci 'computes' = {
    name: 'ci-fail'
    location: location
    properties: {
      computeType: 'ComputeInstance'
      disableLocalAuth: false
      properties: {
        vmSize: 'Standard_DS3_v2'
      }
    }
  }
}

resource cluster 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {
  parent: ws
  name: 'cpu-fail'
  location: location
  properties: {
    computeType: 'AmlCompute'
    disableLocalAuth: false
    properties: {
      vmSize: 'Standard_DS3_v2'
      scaleSettings: {
        minNodeCount: 0
        maxNodeCount: 4
      }
    }
  }
}
