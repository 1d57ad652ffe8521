param location string = 'eastus'
param peSubnetId string = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe'
// the group id of a Machine Learning workspace, not of an AI services account
param peGroupId string = 'amlworkspace'

resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-param'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-param'
    publicNetworkAccess: 'Disabled'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-oai'
  location: location
  properties: {
    subnet: {
      id: peSubnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'pe-oai'
        properties: {
          privateLinkServiceId: oai.id
          groupIds: [
            peGroupId
          ]
        }
      }
    ]
  }
}
