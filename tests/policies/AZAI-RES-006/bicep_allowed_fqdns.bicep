resource hub 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'hub-fqdns'
  location: 'eastus'
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
        paste: {
          type: 'FQDN'
          destination: 'pastebin.com'
          category: 'UserDefined'
        }
      }
    }
  }
}
