param location string = resourceGroup().location
param keyVaultUri string = 'https://kv-cmk.vault.azure.net/'
param keyVaultId string = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv-cmk'
param uamiId string = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-cmk'

resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-cmk'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${uamiId}': {}
    }
  }
  properties: {
    customSubDomainName: 'oai-cmk'
    encryption: {
      keySource: 'Microsoft.KeyVault'
      keyVaultProperties: {
        keyVaultUri: keyVaultUri
        keyName: 'oai-key'
        keyVersion: ''
        identityClientId: '11111111-1111-1111-1111-111111111111'
      }
    }
  }
}

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'hub-cmk'
  location: location
  kind: 'Hub'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    encryption: {
      status: 'Enabled'
      keyVaultProperties: {
        keyVaultArmId: keyVaultId
        keyIdentifier: '${keyVaultUri}keys/ml-key/0123456789abcdef0123456789abcdef'
      }
    }
  }
}

// a project uses its hub's encryption: not checked
resource project 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'proj'
  location: location
  kind: 'Project'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    hubResourceId: ws.id
  }
}

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-cmk'
  location: location
  sku: {
    name: 'standard'
  }
  properties: {
    encryptionWithCmk: {
      enforcement: 'Enabled'
    }
  }
}
