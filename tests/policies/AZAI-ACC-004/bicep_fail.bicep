resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-fail'
  location: resourceGroup().location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: ''
    disableLocalAuth: true
  }
}
