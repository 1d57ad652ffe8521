param useRbac bool = false

var vaultNetworkAccess = 'Enabled'

resource kv 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: 'kv-mlw-param'
  location: 'eastus'
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: useRbac
    enablePurgeProtection: true
    publicNetworkAccess: vaultNetworkAccess
    accessPolicies: []
  }
}

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'mlw-param'
  location: 'eastus'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    keyVault: kv.id
    publicNetworkAccess: 'Disabled'
  }
}
