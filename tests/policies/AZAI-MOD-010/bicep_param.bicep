param location string = resourceGroup().location
param modelId string = 'azureml://registries/HuggingFace/models/mistralai-mistral-7b-instruct-v0-2/versions/3'

resource workspace 'Microsoft.MachineLearningServices/workspaces@2025-06-01' existing = {
  name: 'mlw-contoso'
}

resource endpoint 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-06-01' = {
  parent: workspace
  name: 'chat-endpoint'
  location: location
  kind: 'Managed'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    authMode: 'AADToken'
    publicNetworkAccess: 'Disabled'
  }
}

resource mistral 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments@2025-06-01' = {
  parent: endpoint
  name: 'mistral'
  location: location
  kind: 'Managed'
  sku: {
    name: 'Default'
    capacity: 1
  }
  properties: {
    endpointComputeType: 'Managed'
    model: modelId
    instanceType: 'Standard_NC24ads_A100_v4'
  }
}
