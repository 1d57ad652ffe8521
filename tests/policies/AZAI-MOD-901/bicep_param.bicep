param location string = resourceGroup().location
param modelFormat string = 'DeepSeek'

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'ais-contoso'
  location: location
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'ais-contoso'
  }
}

resource reasoning 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: account
  name: 'reasoning'
  sku: {
    name: 'GlobalStandard'
    capacity: 1
  }
  properties: {
    model: {
      format: modelFormat
      name: 'DeepSeek-R1'
      version: '1'
    }
  }
}
