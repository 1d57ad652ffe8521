param location string = resourceGroup().location

// no managed network: isolation mode Disabled
resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'mlw-nonet'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

resource hub 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'hub-internet'
  location: location
  kind: 'Hub'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
    managedNetwork: {
      isolationMode: 'AllowInternetOutbound'
    }
  }
}

// approved outbound only, but an FQDN rule opens every host
resource hubWildcard 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'hub-wildcard'
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
        any: {
          type: 'FQDN'
          destination: '*'
          category: 'UserDefined'
        }
      }
    }
  }
}

// the same as a child resource
resource anyRule 'Microsoft.MachineLearningServices/workspaces/outboundRules@2025-06-01' = {
  parent: hubWildcard
  name: 'any-child'
  properties: {
    type: 'FQDN'
    destination: '*'
    category: 'UserDefined'
  }
}

// a project inherits its hub's managed network: not checked
resource project 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'proj'
  location: location
  kind: 'Project'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    hubResourceId: hub.id
  }
}
