param location string = resourceGroup().location

resource st 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: 'stmlwshared'
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowBlobPublicAccess: true
    minimumTlsVersion: 'TLS1_2'
  }
}

resource kv 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: 'kv-mlw-shared'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enablePurgeProtection: true
    publicNetworkAccess: 'Disabled'
  }
}

// private workspace on shared-key datastores (systemDatastoresAuthMode absent)
resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'mlw-shared'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    storageAccount: st.id
    keyVault: kv.id
    publicNetworkAccess: 'Disabled'
  }
}
