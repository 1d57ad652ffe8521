param accountName string = 'oai-${uniqueString(resourceGroup().id)}'

resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: accountName
  location: resourceGroup().location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: toLower(accountName)
    disableLocalAuth: true
  }
}

resource ais 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'ais-pass'
  location: resourceGroup().location
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'ais-pass'
    disableLocalAuth: true
  }
}
