param location string = resourceGroup().location

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

resource phi 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments@2025-06-01' = {
  parent: endpoint
  name: 'phi'
  location: location
  kind: 'Managed'
  sku: {
    name: 'Default'
    capacity: 1
  }
  properties: {
    endpointComputeType: 'Managed'
    model: 'azureml://registries/azureml/models/Phi-3-mini-4k-instruct/versions/15'
    instanceType: 'Standard_NC24ads_A100_v4'
  }
}

// a model registered in the workspace (allowWorkspaceModels defaults to true)

resource custom 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments@2025-06-01' = {
  parent: endpoint
  name: 'custom'
  location: location
  kind: 'Managed'
  sku: {
    name: 'Default'
    capacity: 1
  }
  properties: {
    endpointComputeType: 'Managed'
    model: '${workspace.id}/models/contoso-classifier/versions/4'
    instanceType: 'Standard_NC24ads_A100_v4'
  }
  dependsOn: [
    phi
  ]
}

resource phi4 'Microsoft.MachineLearningServices/workspaces/serverlessEndpoints@2025-06-01' = {
  parent: workspace
  name: 'phi-4'
  location: location
  sku: {
    name: 'Consumption'
  }
  properties: {
    modelSettings: {
      modelId: 'azureml://registries/azureml/models/Phi-4'
    }
    authMode: 'Key'
  }
}
