// the endpoint's target is a parameter without a value: known only at deployment
param targetId string
param peSubnetId string = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe'

resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-unknown'
  location: 'eastus'
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-unknown'
    publicNetworkAccess: 'Disabled'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-x'
  location: 'eastus'
  properties: {
    subnet: {
      id: peSubnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'pe-x'
        properties: {
          privateLinkServiceId: targetId
          groupIds: [
            'account'
          ]
        }
      }
    ]
  }
}
