// Only AI services accounts are required to carry an identity (identityRequiredTypes).
resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-exempt'
  location: resourceGroup().location
  sku: {
    name: 'basic'
  }
}

resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-noid'
  location: resourceGroup().location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-noid'
  }
}
