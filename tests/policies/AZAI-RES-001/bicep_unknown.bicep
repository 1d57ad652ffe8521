// no default and no parameter file: the value is known only at deployment
param publicNetworkAccess string

resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-unknown'
  location: 'eastus'
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-unknown'
    publicNetworkAccess: publicNetworkAccess
  }
}
