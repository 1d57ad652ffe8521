resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-kv'
  location: resourceGroup().location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-kv'
  }
}

resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: 'kv-ai'
}

// Into Key Vault: low with allowKeyVaultCopies (prefer Entra ID).
resource secret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: kv
  name: 'openai-key'
  properties: {
    value: openai.listKeys().key1
  }
}
