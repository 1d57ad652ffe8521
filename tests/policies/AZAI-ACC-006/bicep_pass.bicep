param location string = resourceGroup().location

@secure()
param thirdPartyApiKey string

resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-pass'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-pass'
    disableLocalAuth: true
  }
}

// The app gets the endpoint and authenticates with its managed identity.
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
          name: 'weather-key'
          value: thirdPartyApiKey
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
              name: 'AZURE_CLIENT_ID'
              value: 'system'
            }
            {
              name: 'WEATHER_API_KEY'
              secretRef: 'weather-key'
            }
          ]
        }
      ]
    }
  }
}

resource project 'Microsoft.CognitiveServices/accounts/projects@2025-06-01' existing = {
  name: 'ais-hub/proj'
}

resource conn 'Microsoft.CognitiveServices/accounts/projects/connections@2025-06-01' = {
  parent: project
  name: 'oai'
  properties: {
    category: 'AzureOpenAI'
    target: openai.properties.endpoint
    authType: 'AAD'
    metadata: {
      ApiType: 'Azure'
      ResourceId: openai.id
    }
  }
}
