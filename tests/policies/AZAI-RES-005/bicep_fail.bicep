param location string = resourceGroup().location

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'mlw-public'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}

// private, but re-opened behind the VNet
resource hub 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'hub-behind-vnet'
  location: location
  kind: 'Hub'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
    allowPublicAccessWhenBehindVnet: true
  }
}

// no publicNetworkAccess: enabled
resource fs 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'fs-default'
  location: location
  kind: 'FeatureStore'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    featureStoreSettings: {
      offlineStoreConnectionName: 'offline'
    }
  }
}

// a project inherits its hub's network settings: not checked
resource project 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'proj'
  location: location
  kind: 'Project'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    hubResourceId: hub.id
    publicNetworkAccess: 'Enabled'
  }
}

resource registry 'Microsoft.MachineLearningServices/registries@2025-06-01' = {
  name: 'reg-default'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    regionDetails: [
      {
        location: location
      }
    ]
  }
}
