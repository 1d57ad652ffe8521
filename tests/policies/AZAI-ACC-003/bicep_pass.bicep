param location string = resourceGroup().location

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' existing = {
  name: 'mlw-prod'
}

resource aadEndpoint 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-06-01' = {
  parent: ws
  name: 'ep-aad'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    authMode: 'AADToken'
    publicNetworkAccess: 'Disabled'
  }
}

resource maas 'Microsoft.MachineLearningServices/workspaces/serverlessEndpoints@2025-12-01' = {
  parent: ws
  name: 'maas-llama'
  location: location
  sku: {
    name: 'Consumption'
  }
  properties: {
    authMode: 'AAD'
    modelSettings: {
      modelId: 'azureml://registries/azureml-meta/models/Meta-Llama-3.1-8B-Instruct'
    }
  }
}
