param projectName string = 'proj-contoso'
param location string = resourceGroup().location

resource project 'Microsoft.MachineLearningServices/workspaces@2025-06-01' existing = {
  name: projectName
}

resource llama 'Microsoft.MachineLearningServices/workspaces/serverlessEndpoints@2025-06-01' = {
  parent: project
  name: 'llama-33'
  location: location
  sku: {
    name: 'Consumption'
  }
  properties: {
    modelSettings: {
      modelId: 'azureml://registries/azureml-meta/models/Llama-3.3-70B-Instruct'
    }
    authMode: 'Key'
    contentSafety: {
      contentSafetyStatus: 'Disabled'
    }
  }
}
