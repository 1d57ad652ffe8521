resource workspace 'Microsoft.MachineLearningServices/workspaces@2025-06-01' existing = {
  name: 'mlw-contoso'
}

resource batch 'Microsoft.MachineLearningServices/workspaces/batchEndpoints@2025-06-01' existing = {
  parent: workspace
  name: 'scoring'
}

// a registry model by id: approved
resource fromRegistry 'Microsoft.MachineLearningServices/workspaces/batchEndpoints/deployments@2025-06-01' = {
  parent: batch
  name: 'registry'
  location: resourceGroup().location
  properties: {
    model: {
      referenceType: 'Id'
      assetId: 'azureml://registries/azureml/models/mlflow-iris/versions/1'
    }
    compute: 'cpu-cluster'
  }
}

// files from a datastore: not a registered model, provenance unknown
resource fromDatastore 'Microsoft.MachineLearningServices/workspaces/batchEndpoints/deployments@2025-06-01' = {
  parent: batch
  name: 'datastore'
  location: resourceGroup().location
  properties: {
    model: {
      referenceType: 'DataPath'
      datastoreId: '${workspace.id}/datastores/workspaceblobstore'
      path: 'models/iris'
    }
    compute: 'cpu-cluster'
  }
}

// an id from a registry that is not approved
resource fromOther 'Microsoft.MachineLearningServices/workspaces/batchEndpoints/deployments@2025-06-01' = {
  parent: batch
  name: 'other'
  location: resourceGroup().location
  properties: {
    model: {
      referenceType: 'Id'
      assetId: 'azureml://registries/community-models/models/iris/versions/2'
    }
    compute: 'cpu-cluster'
  }
}
