@description('Custom subdomain; leave empty to use the regional endpoint.')
param customSubDomain string = ''

resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-param'
  location: resourceGroup().location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: customSubDomain
    disableLocalAuth: true
  }
}
