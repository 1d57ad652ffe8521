@minValue(60)
param cooldownSeconds int = 1800

resource pool 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-param'
  location: 'eastus'
  properties: {
    poolManagementType: 'Dynamic'
    containerType: 'PythonLTS'
    dynamicPoolConfiguration: {
      lifecycleConfiguration: {
        lifecycleType: 'Timed'
        cooldownPeriodInSeconds: cooldownSeconds
      }
    }
  }
}
