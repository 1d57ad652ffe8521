resource pool 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-egress'
  location: 'eastus'
  properties: {
    poolManagementType: 'Dynamic'
    containerType: 'PythonLTS'
    scaleConfiguration: {
      maxConcurrentSessions: 10
    }
    dynamicPoolConfiguration: {
      lifecycleConfiguration: {
        lifecycleType: 'Timed'
        cooldownPeriodInSeconds: 300
      }
    }
    sessionNetworkConfiguration: {
      status: 'EgressEnabled'
    }
  }
}
