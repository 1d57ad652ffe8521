param location string = resourceGroup().location

resource kv 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: 'kv-hub-private'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enablePurgeProtection: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'disabled'
  }
}

resource hub 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'hub-private-vault'
  location: location
  kind: 'Hub'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    keyVault: kv.id
    publicNetworkAccess: 'Disabled'
  }
}

// the vault firewall denies by default
resource kvAcl 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: 'kv-mlw-acl'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enablePurgeProtection: true
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
    }
  }
}

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'mlw-acl-vault'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    keyVault: kvAcl.id
    publicNetworkAccess: 'Disabled'
  }
}

// a project uses its hub's vault: not checked
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
