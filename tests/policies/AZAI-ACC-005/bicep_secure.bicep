resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-secure'
  location: resourceGroup().location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-secure'
  }
}

// A @secure() output is kept out of deployment history, but the caller can still read it (low).
@secure()
output openaiKey string = openai.listKeys().key1
