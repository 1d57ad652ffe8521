resource ws 'Microsoft.MachineLearningServices/workspaces@2025-12-01' existing = {
  name: 'mlw-dev'
}

resource ci 'Microsoft.MachineLearningServices/workspaces/computes@2025-12-01' = {
  parent: ws
  name: 'ci-limits'
  location: 'eastus'
  properties: {
    computeType: 'ComputeInstance'
    properties: {
      vmSize: 'Standard_DS3_v2'
      idleTimeBeforeShutdown: 'PT1H30M'
      setupScripts: {
        scripts: {
          creationScript: {
            scriptSource: 'workspace'
            scriptData: 'Users/alice/setup.sh'
            timeout: 'PT30M'
          }
        }
      }
    }
  }
}
