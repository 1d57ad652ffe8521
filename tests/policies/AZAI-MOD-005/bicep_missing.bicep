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

var harmCategories = [
  'Hate'
  'Sexual'
  'Violence'
  'Selfharm'
]

// every category on prompts only: completions are not listed
resource policy 'Microsoft.CognitiveServices/accounts/raiPolicies@2024-10-01' = {
  parent: account
  name: 'prompts-only'
  properties: {
    basePolicyName: 'Microsoft.DefaultV2'
    mode: 'Default'
    contentFilters: [for category in harmCategories: {
      name: category
      enabled: true
      blocking: true
      severityThreshold: 'Medium'
      source: 'Prompt'
    }]
  }
}
