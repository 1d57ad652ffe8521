resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' existing = {
  name: 'mlw-prod'
}

// publicNetworkAccess absent: the endpoint is reachable from the internet (low).
resource endpoint 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-06-01' = {
  parent: ws
  name: 'ep-public'
  location: resourceGroup().location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    authMode: 'AADToken'
  }
}

// authMode absent on a serverless endpoint: Key.
resource maas 'Microsoft.MachineLearningServices/workspaces/serverlessEndpoints@2025-12-01' = {
  parent: ws
  name: 'maas-default'
  location: resourceGroup().location
  sku: {
    name: 'Consumption'
  }
  properties: {
    modelSettings: {
      modelId: 'azureml://registries/azureml-meta/models/Meta-Llama-3.1-8B-Instruct'
    }
  }
}
