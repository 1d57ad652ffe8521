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
      setupScripts: {
        scripts: {
          creationScript: {
            scriptSource: 'workspace'
            scriptData: 'Users/alice/setup.sh'
            timeout: 'PT10M'
          }
        }
      }
    }
  }
}
