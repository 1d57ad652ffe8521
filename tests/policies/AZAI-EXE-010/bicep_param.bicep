param idleShutdown string = 'PT2H'

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-12-01' existing = {
  name: 'mlw-dev'
}

resource ci 'Microsoft.MachineLearningServices/workspaces/computes@2025-12-01' = {
  parent: ws
  name: 'ci-param'
  location: 'eastus'
  properties: {
    computeType: 'ComputeInstance'
    properties: {
      vmSize: 'Standard_DS3_v2'
      idleTimeBeforeShutdown: idleShutdown
    }
  }
}
