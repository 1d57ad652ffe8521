param location string = resourceGroup().location
param peSubnetId string = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe'

// no private endpoint at all
resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-nope'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-nope'
    publicNetworkAccess: 'Disabled'
  }
}

// a private endpoint connects to the search service, but with the wrong group id
resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-wronggroup'
  location: location
  sku: {
    name: 'standard'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-srch'
  location: location
  properties: {
    subnet: {
      id: peSubnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'pe-srch'
        properties: {
          privateLinkServiceId: search.id
          groupIds: [
            'account'
          ]
        }
      }
    ]
  }
}
