resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-pass'
  location: resourceGroup().location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-pass'
    disableLocalAuth: true
  }
}

// Consumers get the name, id and endpoint and authenticate with their own identity.
output openaiName string = openai.name
output openaiId string = openai.id
output endpoint string = openai.properties.endpoint
output settings object = {
  endpoint: openai.properties.endpoint
  resourceId: openai.id
}
