param location string = resourceGroup().location

@allowed([
  'Default'
  'Blocking'
  'Asynchronous_filter'
])
param streamingMode string = 'Asynchronous_filter'

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
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

resource policy 'Microsoft.CognitiveServices/accounts/raiPolicies@2025-06-01' = {
  parent: account
  name: 'custom'
  properties: {
    basePolicyName: 'Microsoft.DefaultV2'
    mode: streamingMode
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
