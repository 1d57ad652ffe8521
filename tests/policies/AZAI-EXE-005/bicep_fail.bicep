param location string = resourceGroup().location

resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: 'oai-shared'
}

resource env 'Microsoft.App/managedEnvironments@2025-07-01' = {
  name: 'cae-sessions'
  location: location
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

resource pool 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-identity'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    environmentId: env.id
    poolManagementType: 'Dynamic'
    containerType: 'CustomContainer'
    dynamicPoolConfiguration: {
      lifecycleConfiguration: {
        lifecycleType: 'OnContainerExit'
        maxAlivePeriodInSeconds: 1800
      }
    }
    managedIdentitySettings: [
      {
        identity: 'system'
        lifecycle: 'Main'
      }
    ]
    secrets: [
      {
        name: 'search-key'
        value: 'p1ainTextSecretValue'
      }
    ]
    customContainerTemplate: {
      containers: [
        {
          name: 'runner'
          image: 'contoso.azurecr.io/agents/runner:1.4.2'
          resources: {
            cpu: 1
            memory: '2Gi'
          }
          env: [
            {
              name: 'OPENAI_API_KEY'
              value: oai.listKeys().key1
            }
          ]
        }
      ]
      ingress: {
        targetPort: 8080
      }
    }
  }
}
