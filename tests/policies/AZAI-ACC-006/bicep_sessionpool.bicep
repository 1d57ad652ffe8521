resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: 'oai-agents'
}

// Code running in a session could read these values.
resource pool 'Microsoft.App/sessionPools@2025-01-01' = {
  name: 'sp-agent-tools'
  location: resourceGroup().location
  properties: {
    environmentId: resourceId('Microsoft.App/managedEnvironments', 'cae-ai')
    poolManagementType: 'Dynamic'
    containerType: 'CustomContainer'
    scaleConfiguration: {
      maxConcurrentSessions: 10
      readySessionInstances: 2
    }
    dynamicPoolConfiguration: {
      lifecycleConfiguration: {
        lifecycleType: 'Timed'
        cooldownPeriodInSeconds: 300
      }
    }
    secrets: [
      {
        name: 'oai-key'
        value: openai.listKeys().key1
      }
    ]
    customContainerTemplate: {
      containers: [
        {
          name: 'tools'
          image: 'myacr.azurecr.io/agent-tools:1.0'
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          env: [
            {
              name: 'AZURE_OPENAI_API_KEY'
              value: openai.listKeys().key2
            }
          ]
        }
      ]
      ingress: {
        targetPort: 8080
      }
    }
    sessionNetworkConfiguration: {
      status: 'EgressDisabled'
    }
  }
}
