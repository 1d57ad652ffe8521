@allowed([
  'Enabled'
  'Disabled'
])
param egressAccess string = 'Enabled'

param requestTimeout string = 'PT1M30S'

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' existing = {
  name: 'mlw-prod'
}

resource endpoint 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-06-01' existing = {
  parent: ws
  name: 'ep-chat'
}

resource blue 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments@2025-06-01' = {
  parent: endpoint
  name: 'blue'
  location: 'eastus'
  sku: {
    name: 'Default'
    capacity: 1
  }
  properties: {
    endpointComputeType: 'Managed'
    model: 'azureml://registries/azureml/models/Phi-3-mini-4k-instruct/versions/15'
    instanceType: 'Standard_NC24ads_A100_v4'
    egressPublicNetworkAccess: egressAccess
    requestSettings: {
      requestTimeout: requestTimeout
    }
  }
}
