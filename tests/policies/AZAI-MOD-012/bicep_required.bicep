param location string = resourceGroup().location

// requireGateway: an account without any gateway
resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-contoso'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-contoso'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}
