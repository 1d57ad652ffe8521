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

// idle shutdown above the maximum; a workspace script without a timeout; an inline script
resource ci 'Microsoft.MachineLearningServices/workspaces/computes@2025-12-01' = {
  parent: ws
  name: 'ci-alice'
  location: location
  properties: {
    computeType: 'ComputeInstance'
    properties: {
      vmSize: 'Standard_DS3_v2'
      idleTimeBeforeShutdown: 'PT4H'
      setupScripts: {
        scripts: {
          creationScript: {
            scriptSource: 'workspace'
            scriptData: 'Users/alice/setup.sh'
          }
          startupScript: {
            scriptSource: 'inline'
            scriptData: 'pip install -r requirements.txt'
            timeout: 'PT5M'
          }
        }
      }
    }
  }
}

// no idle shutdown at all
resource ci2 'Microsoft.MachineLearningServices/workspaces/computes@2025-12-01' = {
  parent: ws
  name: 'ci-bob'
  location: location
  properties: {
    computeType: 'ComputeInstance'
    properties: {
      vmSize: 'Standard_DS3_v2'
    }
  }
}

// an older API version cannot express idleTimeBeforeShutdown
resource ci3 'Microsoft.MachineLearningServices/workspaces/computes@2025-06-01' = {
  parent: ws
  name: 'ci-carol'
  location: location
  properties: {
    computeType: 'ComputeInstance'
    properties: {
      vmSize: 'Standard_DS3_v2'
    }
  }
}

// not a compute instance: not checked
resource cluster 'Microsoft.MachineLearningServices/workspaces/computes@2025-12-01' = {
  parent: ws
  name: 'cpu-cluster'
  location: location
  properties: {
    computeType: 'AmlCompute'
    properties: {
      vmSize: 'Standard_DS3_v2'
      scaleSettings: {
        minNodeCount: 0
        maxNodeCount: 4
      }
    }
  }
}
