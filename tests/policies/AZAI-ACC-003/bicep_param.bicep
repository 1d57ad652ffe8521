@allowed([
  'AADToken'
  'AMLToken'
  'Key'
])
param endpointAuthMode string = 'Key'

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' existing = {
  name: 'mlw-prod'
}

resource endpoint 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-06-01' = {
  parent: ws
  name: 'ep-param'
  location: resourceGroup().location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    authMode: endpointAuthMode
    publicNetworkAccess: 'Disabled'
  }
}
