// No disableLocalAuth: local authentication stays on.
resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' existing = {
  name: 'mlw-absent'
}

resource cluster 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {
  parent: ws
  name: 'cpu-absent'
  location: resourceGroup().location
  properties: {
    computeType: 'AmlCompute'
    properties: {
      vmSize: 'Standard_DS3_v2'
    }
  }
}
