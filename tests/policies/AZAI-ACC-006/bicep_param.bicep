@description('Name of the Azure OpenAI account whose key the app receives.')
param openAiAccountName string = 'oai-shared'

resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: openAiAccountName
  location: resourceGroup().location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: openAiAccountName
  }
}

var openAiKey = listKeys(resourceId('Microsoft.CognitiveServices/accounts', openAiAccountName), '2024-10-01').key1

resource job 'Microsoft.App/jobs@2025-01-01' = {
  name: 'job-embed'
  location: resourceGroup().location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    environmentId: resourceId('Microsoft.App/managedEnvironments', 'cae-ai')
    configuration: {
      triggerType: 'Manual'
      replicaTimeout: 1800
      secrets: [
        {
          name: 'oai-key'
          value: openAiKey
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'embed'
          image: 'myacr.azurecr.io/embed:1.0'
          env: [
            {
              name: 'AZURE_OPENAI_API_KEY'
              secretRef: 'oai-key'
            }
          ]
        }
      ]
    }
  }
}
