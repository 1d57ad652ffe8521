resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' existing = {
  name: 'mlw-prod'
}

// A Kubernetes online endpoint (properties.compute) cannot use AADToken: without a gateway it stays high.
resource kubeEndpoint 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-06-01' = {
  parent: ws
  name: 'ep-aks'
  location: resourceGroup().location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    authMode: 'AMLToken'
    compute: '${ws.id}/computes/aks-attach'
    publicNetworkAccess: 'Disabled'
  }
}
