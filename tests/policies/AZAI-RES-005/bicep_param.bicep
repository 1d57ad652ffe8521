@allowed([
  'Enabled'
  'Disabled'
])
param publicNetworkAccess string = 'Enabled'

var registryAccess = 'Enabled'

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'mlw-param'
  location: 'eastus'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publicNetworkAccess: publicNetworkAccess
  }
}

resource registry 'Microsoft.MachineLearningServices/registries@2025-06-01' = {
  name: 'reg-var'
  location: 'eastus'
  properties: {
    publicNetworkAccess: registryAccess
    regionDetails: [
      {
        location: 'eastus'
      }
    ]
  }
}
