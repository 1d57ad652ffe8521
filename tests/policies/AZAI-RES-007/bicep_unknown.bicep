// the storage account id is a parameter: the account is not in this deployment
param storageAccountId string

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'mlw-external-storage'
  location: 'eastus'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    storageAccount: storageAccountId
    systemDatastoresAuthMode: 'identity'
    publicNetworkAccess: 'Disabled'
  }
}
