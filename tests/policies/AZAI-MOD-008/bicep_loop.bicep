param location string = resourceGroup().location

var modelDeployments = [
  {
    name: 'chat'
    model: 'gpt-4o'
    version: '2024-11-20'
  }
  {
    name: 'reasoning'
    model: 'o3-mini'
    version: '2025-01-31'
  }
]

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

@batchSize(1)
resource deployments 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = [for d in modelDeployments: {
  parent: account
  name: d.name
  sku: {
    name: 'GlobalStandard'
    capacity: 10
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: d.model
      version: d.version
    }
  }
}]
