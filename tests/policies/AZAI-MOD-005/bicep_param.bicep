param location string = resourceGroup().location

@allowed([
  'Low'
  'Medium'
  'High'
])
param violenceThreshold string = 'High'

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

resource policy 'Microsoft.CognitiveServices/accounts/raiPolicies@2024-10-01' = {
  parent: account
  name: 'custom'
  properties: {
    basePolicyName: 'Microsoft.DefaultV2'
    mode: 'Default'
    contentFilters: [
      {
        name: 'Hate'
        enabled: true
        blocking: true
        severityThreshold: 'Medium'
        source: 'Prompt'
      }
      {
        name: 'Hate'
        enabled: true
        blocking: true
        severityThreshold: 'Medium'
        source: 'Completion'
      }
      {
        name: 'Sexual'
        enabled: true
        blocking: true
        severityThreshold: 'Medium'
        source: 'Prompt'
      }
      {
        name: 'Sexual'
        enabled: true
        blocking: true
        severityThreshold: 'Medium'
        source: 'Completion'
      }
      {
        name: 'Violence'
        enabled: true
        blocking: true
        severityThreshold: violenceThreshold
        source: 'Prompt'
      }
      {
        name: 'Violence'
        enabled: true
        blocking: true
        severityThreshold: 'Medium'
        source: 'Completion'
      }
      {
        name: 'Selfharm'
        enabled: true
        blocking: true
        severityThreshold: 'Medium'
        source: 'Prompt'
      }
      {
        name: 'Selfharm'
        enabled: true
        blocking: true
        severityThreshold: 'Medium'
        source: 'Completion'
      }
    ]
  }
}
