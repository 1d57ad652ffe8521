resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-out'
  location: resourceGroup().location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-out'
  }
}

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-out'
  location: resourceGroup().location
  sku: {
    name: 'basic'
  }
}

output endpoint string = openai.properties.endpoint
#disable-next-line outputs-should-not-contain-secrets
output openaiKey string = openai.listKeys().key1
#disable-next-line outputs-should-not-contain-secrets
output searchConnection string = 'Endpoint=https://${search.name}.search.windows.net;Key=${search.listAdminKeys().primaryKey}'
#disable-next-line outputs-should-not-contain-secrets
output settings object = {
  endpoint: openai.properties.endpoint
  queryKey: search.listQueryKeys().value[0].key
}
