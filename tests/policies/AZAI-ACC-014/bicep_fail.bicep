param location string = resourceGroup().location

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

// subscription keys only: the policy routes but validates no token
resource openaiApi 'Microsoft.ApiManagement/service/apis@2024-05-01' = {
  parent: apim
  name: 'openai'
  properties: {
    displayName: 'Azure OpenAI'
    path: 'openai'
    serviceUrl: 'https://oai-contoso.openai.azure.com/openai'
    protocols: [
      'http'
      'https'
    ]
    subscriptionRequired: true
  }
}

resource openaiPolicy 'Microsoft.ApiManagement/service/apis/policies@2024-05-01' = {
  parent: openaiApi
  name: 'policy'
  properties: {
    format: 'rawxml'
    value: '''
<policies>
  <inbound>
    <base />
    <authentication-managed-identity resource="https://cognitiveservices.azure.com" />
  </inbound>
  <backend>
    <base />
  </backend>
  <outbound>
    <base />
  </outbound>
</policies>
'''
  }
}
