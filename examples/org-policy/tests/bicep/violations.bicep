// The organization rules read Bicep through the same ARM selectors.
param location string = 'francecentral'

resource ai 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'my-openai'
  location: location
  tags: {
    costCenter: 'CC-4711'
    owner: 'ai-platform@contoso.com'
    dataClassification: 'internal'
  }
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'my-openai'
  }
}
