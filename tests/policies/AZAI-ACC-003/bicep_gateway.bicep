resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' existing = {
  name: 'mlw-prod'
}

resource endpoint 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-06-01' = {
  parent: ws
  name: 'ep-behind-apim'
  location: resourceGroup().location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    authMode: 'Key'
    publicNetworkAccess: 'Disabled'
  }
}

resource apim 'Microsoft.ApiManagement/service@2024-05-01' existing = {
  name: 'apim-ai'
}

// The backend URL is the endpoint's scoring URI, read at deployment: the gateway fronts it (low).
resource backend 'Microsoft.ApiManagement/service/backends@2024-05-01' = {
  parent: apim
  name: 'ml-scoring'
  properties: {
    protocol: 'http'
    url: endpoint.properties.scoringUri
  }
}
