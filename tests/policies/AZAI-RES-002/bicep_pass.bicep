param location string = resourceGroup().location
param peSubnetId string = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe'

resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-pe'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-pe'
    publicNetworkAccess: 'Disabled'
  }
}

resource hub 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'hub-pe'
  location: location
  kind: 'Hub'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

// a project inherits the hub's network and is reached through the hub's endpoint
resource project 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'proj'
  location: location
  kind: 'Project'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    hubResourceId: hub.id
  }
}

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-pe'
  location: location
  sku: {
    name: 'standard'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

// a manual (approval-based) connection counts too
resource peSearch 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-srch'
  location: location
  properties: {
    subnet: {
      id: peSubnetId
    }
    manualPrivateLinkServiceConnections: [
      {
        name: 'pe-srch'
        properties: {
          privateLinkServiceId: search.id
          groupIds: [
            'searchService'
          ]
          requestMessage: 'AI platform'
        }
      }
    ]
  }
}

var endpoints = [
  {
    name: 'pe-oai'
    id: oai.id
    group: 'account'
  }
  {
    name: 'pe-hub'
    id: hub.id
    group: 'amlworkspace'
  }
]

resource pes 'Microsoft.Network/privateEndpoints@2024-05-01' = [for e in endpoints: {
  name: e.name
  location: location
  properties: {
    subnet: {
      id: peSubnetId
    }
    privateLinkServiceConnections: [
      {
        name: e.name
        properties: {
          privateLinkServiceId: e.id
          groupIds: [
            e.group
          ]
        }
      }
    ]
  }
}]
