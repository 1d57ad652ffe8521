param location string = resourceGroup().location

resource hub 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'hub-isolated'
  location: location
  kind: 'Hub'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
    managedNetwork: {
      isolationMode: 'AllowOnlyApprovedOutbound'
      outboundRules: {
        pypi: {
          type: 'FQDN'
          destination: 'pypi.org'
          category: 'UserDefined'
        }
      }
    }
  }
}

resource pythonhosted 'Microsoft.MachineLearningServices/workspaces/outboundRules@2025-06-01' = {
  parent: hub
  name: 'pythonhosted'
  properties: {
    type: 'FQDN'
    destination: 'files.pythonhosted.org'
    category: 'UserDefined'
  }
}

// from 2026-05-15-preview the managed network may be a child resource
resource ws 'Microsoft.MachineLearningServices/workspaces@2026-05-15-preview' = {
  name: 'mlw-child-network'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

resource wsNetwork 'Microsoft.MachineLearningServices/workspaces/managedNetworks@2026-05-15-preview' = {
  parent: ws
  name: 'default'
  properties: {
    managedNetwork: {
      isolationMode: 'AllowOnlyApprovedOutbound'
    }
  }
}

// FeatureStore is not in the rule's kinds
resource fs 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'fs'
  location: location
  kind: 'FeatureStore'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}
