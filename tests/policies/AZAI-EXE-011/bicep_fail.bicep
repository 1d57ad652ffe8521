param location string = resourceGroup().location

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' existing = {
  name: 'mlw-prod'
}

resource endpoint 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-06-01' = {
  parent: ws
  name: 'ep-chat'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    authMode: 'AADToken'
    publicNetworkAccess: 'Disabled'
  }
}

// egressPublicNetworkAccess absent (Enabled) and a 2-minute request timeout
resource blue 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments@2025-06-01' = {
  parent: endpoint
  name: 'blue'
  location: location
  sku: {
    name: 'Default'
    capacity: 1
  }
  properties: {
    endpointComputeType: 'Managed'
    model: 'azureml://registries/azureml/models/Phi-3-mini-4k-instruct/versions/15'
    instanceType: 'Standard_NC24ads_A100_v4'
    requestSettings: {
      requestTimeout: 'PT2M'
      maxConcurrentRequestsPerInstance: 1
    }
  }
}

// Kubernetes deployment without container resource requirements
resource green 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments@2025-06-01' = {
  parent: endpoint
  name: 'green'
  location: location
  properties: {
    endpointComputeType: 'Kubernetes'
    model: 'azureml://registries/azureml/models/Phi-3-mini-4k-instruct/versions/15'
    egressPublicNetworkAccess: 'Disabled'
  }
}
