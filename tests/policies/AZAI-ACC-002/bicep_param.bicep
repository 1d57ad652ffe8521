param workspaceName string = 'mlw-param'
param allowLocalAuth bool = true

var computeDisableLocalAuth = !allowLocalAuth

resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' existing = {
  name: workspaceName
}

resource ci 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {
  parent: ws
  name: 'ci-param'
  location: resourceGroup().location
  properties: {
    computeType: 'ComputeInstance'
    disableLocalAuth: computeDisableLocalAuth
    properties: {
      vmSize: 'Standard_DS3_v2'
    }
  }
}
