resource pool 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-noegress'
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
      status: 'EgressDisabled'
    }
  }
}

// no sessionNetworkConfiguration: sessions have no egress by default
resource pool2 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-default'
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
  }
}
