param location string = resourceGroup().location

@allowed([
  'Enabled'
  'Disabled'
])
param publicNetworkAccess string = 'Enabled'

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-contoso'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-contoso'
    disableLocalAuth: true
    publicNetworkAccess: publicNetworkAccess
  }
}

resource apim 'Microsoft.ApiManagement/service@2024-05-01' = {
  name: 'apim-contoso'
  location: location
  sku: {
    name: 'Developer'
    capacity: 1
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publisherEmail: 'ai-platform@contoso.com'
    publisherName: 'Contoso'
  }
}

resource api 'Microsoft.ApiManagement/service/apis@2024-05-01' = {
  parent: apim
  name: 'openai'
  properties: {
    displayName: 'Azure OpenAI'
    path: 'openai'
    serviceUrl: 'https://oai-contoso.openai.azure.com/openai'
    protocols: [
      'https'
    ]
  }
}
