param location string = resourceGroup().location

// access policies (enableRbacAuthorization absent), no purge protection (absent), public network (absent)
resource kv 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: 'kv-mlw-open'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    accessPolicies: []
  }
}

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'mlw-open-vault'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    keyVault: kv.id
    publicNetworkAccess: 'Disabled'
  }
}

resource kv2 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: 'kv-hub-policies'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: false
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
    }
    accessPolicies: []
  }
}

resource hub 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'hub-policies'
  location: location
  kind: 'Hub'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    keyVault: kv2.id
    publicNetworkAccess: 'Disabled'
  }
}
