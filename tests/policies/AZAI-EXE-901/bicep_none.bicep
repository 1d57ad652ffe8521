resource ws 'Microsoft.MachineLearningServices/workspaces@2025-12-01' existing = {
  name: 'mlw-dev'
}

resource cluster 'Microsoft.MachineLearningServices/workspaces/computes@2025-12-01' = {
  parent: ws
  name: 'gpu-cluster'
  location: 'eastus'
  properties: {
    computeType: 'AmlCompute'
    properties: {
      vmSize: 'Standard_NC6s_v3'
      scaleSettings: {
        minNodeCount: 0
        maxNodeCount: 2
      }
    }
  }
}
