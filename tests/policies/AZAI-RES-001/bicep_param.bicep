@allowed([
  'Enabled'
  'Disabled'
])
param publicNetworkAccess string = 'Enabled'

var aclAction = 'Allow'

resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-param'
  location: 'eastus'
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-param'
    publicNetworkAccess: publicNetworkAccess
    networkAcls: {
      defaultAction: aclAction
    }
  }
}
