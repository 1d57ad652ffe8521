param location string = 'eastus'

var deploymentType = 'GlobalStandard'

resource ais 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'ais-param'
  location: location
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'ais-param'
    publicNetworkAccess: 'Disabled'
  }
}

resource gpt 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: ais
  name: 'gpt-4o'
  sku: {
    name: deploymentType
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
