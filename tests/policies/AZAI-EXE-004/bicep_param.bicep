param maxSessions int = 200

var runnerMemory = '16Gi'

resource env 'Microsoft.App/managedEnvironments@2025-07-01' = {
  name: 'cae-sessions'
  location: 'eastus'
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

resource pool 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-param'
  location: 'eastus'
  properties: {
    environmentId: env.id
    poolManagementType: 'Dynamic'
    containerType: 'CustomContainer'
    scaleConfiguration: {
      maxConcurrentSessions: maxSessions
    }
    dynamicPoolConfiguration: {
      lifecycleConfiguration: {
        lifecycleType: 'OnContainerExit'
        maxAlivePeriodInSeconds: 1800
      }
    }
    customContainerTemplate: {
      containers: [
        {
          name: 'runner'
          image: 'contoso.azurecr.io/agents/runner:1.4.2'
          resources: {
            cpu: 1
            memory: runnerMemory
          }
        }
      ]
      ingress: {
        targetPort: 8080
      }
    }
  }
}
