param restrictOutbound bool = false
param allowedFqdns array = []

resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-param'
  location: 'eastus'
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-param'
    publicNetworkAccess: 'Disabled'
    restrictOutboundNetworkAccess: restrictOutbound
    allowedFqdnList: allowedFqdns
  }
}
