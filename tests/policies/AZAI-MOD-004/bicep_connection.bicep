param location string = resourceGroup().location
param searchEndpoint string = 'https://srch-contoso.search.windows.net'

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'ais-contoso'
  location: location
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'ais-contoso'
  }

  // a CognitiveSearch connection makes the account RAG-backed
  resource search 'connections' = {
    name: 'search'
    properties: {
      category: 'CognitiveSearch'
      target: searchEndpoint
      authType: 'AAD'
      isSharedToAll: true
    }
  }

  resource hateOnly 'raiPolicies' = {
    name: 'hate-only'
    properties: {
      basePolicyName: 'Microsoft.DefaultV2'
      mode: 'Default'
      contentFilters: [
        {
          name: 'Hate'
          enabled: true
          blocking: true
          severityThreshold: 'Low'
          source: 'Prompt'
        }
      ]
    }
  }

  resource chat 'deployments' = {
    name: 'chat'
    sku: {
      name: 'GlobalStandard'
      capacity: 10
    }
    properties: {
      model: {
        format: 'OpenAI'
        name: 'gpt-4o'
        version: '2024-11-20'
      }
      raiPolicyName: hateOnly.name
    }
  }
}
