param location string = resourceGroup().location

resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-copy'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-copy'
  }
}

resource app 'Microsoft.App/containerApps@2025-01-01' = {
  name: 'ca-chat'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    environmentId: resourceId('Microsoft.App/managedEnvironments', 'cae-ai')
    configuration: {
      secrets: [
        {
          name: 'oai-key'
          value: openai.listKeys().key1
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'chat'
          image: 'myacr.azurecr.io/chat:1.0'
          env: [
            {
              name: 'AZURE_OPENAI_ENDPOINT'
              value: openai.properties.endpoint
            }
            {
              name: 'AZURE_OPENAI_API_KEY'
              value: openai.listKeys().key2
            }
          ]
        }
      ]
    }
  }
}

resource apim 'Microsoft.ApiManagement/service@2024-05-01' existing = {
  name: 'apim-ai'
}

resource namedValue 'Microsoft.ApiManagement/service/namedValues@2024-05-01' = {
  parent: apim
  name: 'oai-key'
  properties: {
    displayName: 'oai-key'
    secret: true
    value: openai.listKeys().key1
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: 'app-chat'
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    AZURE_OPENAI_ENDPOINT: openai.properties.endpoint
    AZURE_OPENAI_KEY: openai.listKeys().key1
  }
}
