param apimName string = 'apim-contoso'

@description('Require a subscription key on the model API')
param requireSubscription bool = false

resource apim 'Microsoft.ApiManagement/service@2024-05-01' existing = {
  name: apimName
}

resource modelsApi 'Microsoft.ApiManagement/service/apis@2024-05-01' = {
  parent: apim
  name: 'models'
  properties: {
    displayName: 'Foundry models'
    path: 'models'
    serviceUrl: 'https://aif-contoso.services.ai.azure.com/models'
    protocols: [
      'https'
    ]
    subscriptionRequired: requireSubscription
  }
}
