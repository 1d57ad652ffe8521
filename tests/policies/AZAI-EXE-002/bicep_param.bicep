@allowed([
  'EgressEnabled'
  'EgressDisabled'
])
param egress string = 'EgressEnabled'

resource pool 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-param'
  location: 'eastus'
  properties: {
    poolManagementType: 'Dynamic'
    containerType: 'PythonLTS'
    dynamicPoolConfiguration: {
      lifecycleConfiguration: {
        lifecycleType: 'Timed'
        cooldownPeriodInSeconds: 300
      }
    }
    sessionNetworkConfiguration: {
      status: egress
    }
  }
}
