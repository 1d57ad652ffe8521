// Foundry agent hosting but no session pool: one info finding on the first host
resource ais 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'ais-agents'
  location: 'eastus'
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    customSubDomainName: 'ais-agents'
    allowProjectManagement: true
    publicNetworkAccess: 'Disabled'
  }
}

resource project 'Microsoft.CognitiveServices/accounts/projects@2025-06-01' = {
  parent: ais
  name: 'agents'
  location: 'eastus'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {}
}

resource hosts 'Microsoft.CognitiveServices/accounts/capabilityHosts@2025-06-01' = {
  parent: ais
  name: 'default'
  properties: {
    capabilityHostKind: 'Agents'
  }
}
