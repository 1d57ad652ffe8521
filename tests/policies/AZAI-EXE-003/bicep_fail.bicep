resource longIdle 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-long-idle'
  location: 'eastus'
  properties: {
    poolManagementType: 'Dynamic'
    containerType: 'PythonLTS'
    dynamicPoolConfiguration: {
      lifecycleConfiguration: {
        lifecycleType: 'Timed'
        cooldownPeriodInSeconds: 3600
      }
    }
  }
}

// OnContainerExit without a maximum lifetime
resource unbounded 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-unbounded'
  location: 'eastus'
  properties: {
    poolManagementType: 'Dynamic'
    containerType: 'PythonLTS'
    dynamicPoolConfiguration: {
      lifecycleConfiguration: {
        lifecycleType: 'OnContainerExit'
      }
    }
  }
}

// no dynamicPoolConfiguration at all
resource nothing 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-nothing'
  location: 'eastus'
  properties: {
    poolManagementType: 'Dynamic'
    containerType: 'PythonLTS'
  }
}
