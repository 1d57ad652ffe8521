resource pool 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-init'
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
        lifecycle: 'Init'
      }
    ]
  }
}
