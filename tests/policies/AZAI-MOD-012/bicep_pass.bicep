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
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
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

// the backend url is read from the account at deployment
resource backend 'Microsoft.ApiManagement/service/backends@2024-05-01' = {
  parent: apim
  name: 'openai-backend'
  properties: {
    protocol: 'http'
    url: account.properties.endpoint
  }
}

resource api 'Microsoft.ApiManagement/service/apis@2024-05-01' = {
  parent: apim
  name: 'openai'
  properties: {
    displayName: 'Azure OpenAI'
    path: 'openai'
    protocols: [
      'https'
    ]
  }
}
