// No identity section: the workspace has no managed identity.
resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'mlw-absent'
  location: resourceGroup().location
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

resource compute 'Microsoft.MachineLearningServices/workspaces/computes@2025-06-01' = {
  parent: ws
  name: 'cpu'
  location: resourceGroup().location
  properties: {
    computeType: 'AmlCompute'
    disableLocalAuth: true
    properties: {
      vmSize: 'Standard_DS3_v2'
    }
  }
}
