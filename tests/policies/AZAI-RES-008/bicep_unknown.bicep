// the vault id is a parameter: the vault is not in this deployment
param keyVaultId string

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'mlw-external-vault'
  location: 'eastus'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    keyVault: keyVaultId
    publicNetworkAccess: 'Disabled'
  }
}
