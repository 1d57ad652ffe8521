param location string = resourceGroup().location

resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-fail'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-fail'
    disableLocalAuth: false
  }
}

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-fail'
  location: location
  sku: {
    name: 'standard'
  }
  properties: {
    disableLocalAuth: false
    authOptions: {
      apiKeyOnly: {}
    }
  }
}
