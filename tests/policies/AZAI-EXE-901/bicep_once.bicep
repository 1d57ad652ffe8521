param location string = resourceGroup().location

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-12-01' = {
  name: 'mlw-dev'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

resource ci 'Microsoft.MachineLearningServices/workspaces/computes@2025-12-01' = {
  parent: ws
  name: 'ci-alice'
  location: location
  properties: {
    computeType: 'ComputeInstance'
    properties: {
      vmSize: 'Standard_DS3_v2'
      idleTimeBeforeShutdown: 'PT30M'
    }
  }
}

resource pool 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-code'
  location: location
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

resource pool2 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-code-2'
  location: location
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
