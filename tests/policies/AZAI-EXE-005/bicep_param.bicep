@allowed([
  'None'
  'Main'
])
param identityLifecycle string = 'Main'

// not @secure(): the default is plain text in the template
param searchKey string = 'p1ainTextSecretValue'

resource pool 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-param'
  location: 'eastus'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    poolManagementType: 'Dynamic'
    containerType: 'PythonLTS'
    dynamicPoolConfiguration: {
      lifecycleConfiguration: {
        lifecycleType: 'Timed'
        cooldownPeriodInSeconds: 300
      }
    }
    managedIdentitySettings: [
      {
        identity: 'system'
        lifecycle: identityLifecycle
      }
    ]
    secrets: [
      {
        name: 'search-key'
        value: searchKey
      }
    ]
  }
}
