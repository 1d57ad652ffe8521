param location string = resourceGroup().location

// a manually managed pool keeps sessions alive between executions
resource manual 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-manual'
  location: location
  properties: {
    poolManagementType: 'Manual'
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
  }
}

// no lifecycle configuration
resource nolife 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-nolifecycle'
  location: location
  properties: {
    poolManagementType: 'Dynamic'
    containerType: 'PythonLTS'
    scaleConfiguration: {
      maxConcurrentSessions: 10
    }
  }
}
