param location string = resourceGroup().location

var allowedHosts = [
  'contoso.blob.${environment().suffixes.storage}'
  'srch-contoso.search.windows.net'
]

resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-restricted'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-restricted'
    publicNetworkAccess: 'Disabled'
    restrictOutboundNetworkAccess: true
    allowedFqdnList: allowedHosts
  }
}
