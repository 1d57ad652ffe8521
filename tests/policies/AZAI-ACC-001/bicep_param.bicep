@description('Keep key authentication available for legacy clients.')
param disableLocalAuth bool = false

var searchLocalAuthOff = disableLocalAuth

resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-param'
  location: resourceGroup().location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-param'
    disableLocalAuth: disableLocalAuth
  }
}

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-param'
  location: resourceGroup().location
  sku: {
    name: 'basic'
  }
  properties: {
    disableLocalAuth: searchLocalAuthOff
  }
}
