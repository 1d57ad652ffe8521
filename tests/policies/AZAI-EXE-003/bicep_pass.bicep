resource timed 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-timed'
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

resource onExit 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-onexit'
  location: 'eastus'
  properties: {
    poolManagementType: 'Dynamic'
    containerType: 'PythonLTS'
    dynamicPoolConfiguration: {
      lifecycleConfiguration: {
        lifecycleType: 'OnContainerExit'
        maxAlivePeriodInSeconds: 1800
      }
    }
  }
}

// older preview shape
resource legacy 'Microsoft.App/sessionPools@2024-02-02-preview' = {
  name: 'pool-legacy'
  location: 'eastus'
  properties: {
    poolManagementType: 'Dynamic'
    containerType: 'PythonLTS'
    dynamicPoolConfiguration: {
      executionType: 'Timed'
      cooldownPeriodInSeconds: 120
    }
  }
}
