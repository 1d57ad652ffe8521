param location string = resourceGroup().location

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-contoso'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-contoso'
  }
}

// before API 2025-06-01 the asynchronous filter is called Deferred
resource deferred 'Microsoft.CognitiveServices/accounts/raiPolicies@2024-10-01' = {
  parent: account
  name: 'deferred'
  properties: {
    basePolicyName: 'Microsoft.DefaultV2'
    mode: 'Deferred'
    contentFilters: [
      {
        name: 'Jailbreak'
        enabled: true
        blocking: true
        source: 'Prompt'
      }
    ]
  }
}
