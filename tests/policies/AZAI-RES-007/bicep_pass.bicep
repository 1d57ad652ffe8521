param location string = resourceGroup().location

resource st 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: 'sthubidentity'
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    publicNetworkAccess: 'Disabled'
    minimumTlsVersion: 'TLS1_2'
  }
}

// private hub on identity-based datastores (the docs write the value in lower case)
resource hub 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'hub-identity'
  location: location
  kind: 'Hub'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    storageAccount: st.id
    systemDatastoresAuthMode: 'identity'
    publicNetworkAccess: 'Disabled'
  }
}

// a project uses its hub's storage: not checked
resource project 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'proj'
  location: location
  kind: 'Project'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    hubResourceId: hub.id
  }
}

resource st2 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: 'stmlwacl'
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowSharedKeyAccess: false
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
    }
  }
}

// the storage firewall denies by default: private enough
resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'mlw-acl'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    storageAccount: st2.id
    systemDatastoresAuthMode: 'Identity'
    publicNetworkAccess: 'Disabled'
  }
}
