param location string = 'swedencentral'

resource ais 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'ais-sweden'
  location: location
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'ais-sweden'
    publicNetworkAccess: 'Disabled'
  }
}

resource gpt 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: ais
  name: 'gpt-4o'
  sku: {
    name: 'DataZoneStandard'
    capacity: 10
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: 'gpt-4o'
      version: '2024-11-20'
    }
  }
}

resource project 'Microsoft.CognitiveServices/accounts/projects@2025-06-01' = {
  parent: ais
  name: 'agents'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {}
}

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-we'
  location: 'West Europe'
  sku: {
    name: 'standard'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}
