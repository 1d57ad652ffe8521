@allowed([
  'Disabled'
  'AllowInternetOutbound'
  'AllowOnlyApprovedOutbound'
])
param isolationMode string = 'AllowInternetOutbound'

var extraHost = '*'

resource hub 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'hub-param'
  location: 'eastus'
  kind: 'Hub'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
    managedNetwork: {
      isolationMode: isolationMode
      outboundRules: {
        extra: {
          type: 'FQDN'
          destination: extraHost
          category: 'UserDefined'
        }
      }
    }
  }
}
