@allowed([
  'AccessKey'
  'Identity'
  'UserDelegationSAS'
])
param datastoresAuthMode string = 'AccessKey'

var sharedKeys = true

resource st 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: 'stmlwparam'
  location: 'eastus'
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowSharedKeyAccess: sharedKeys
    allowBlobPublicAccess: false
    publicNetworkAccess: 'Disabled'
  }
}

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'mlw-param'
  location: 'eastus'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    storageAccount: st.id
    systemDatastoresAuthMode: datastoresAuthMode
    publicNetworkAccess: 'Disabled'
  }
}
