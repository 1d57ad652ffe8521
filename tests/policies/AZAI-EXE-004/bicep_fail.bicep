param location string = resourceGroup().location

resource env 'Microsoft.App/managedEnvironments@2025-07-01' = {
  name: 'cae-sessions'
  location: location
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

resource big 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-big'
  location: location
  properties: {
    environmentId: env.id
    poolManagementType: 'Dynamic'
    containerType: 'CustomContainer'
    scaleConfiguration: {
      maxConcurrentSessions: 500
      readySessionInstances: 50
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
            cpu: 4
            memory: '8Gi'
          }
        }
        {
          name: 'sidecar'
          image: 'contoso.azurecr.io/agents/sidecar:1.0.0'
        }
      ]
      ingress: {
        targetPort: 8080
      }
    }
  }
}

// no scaleConfiguration: concurrency unbounded
resource unbounded 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-unbounded'
  location: location
  properties: {
    poolManagementType: 'Dynamic'
    containerType: 'PythonLTS'
    dynamicPoolConfiguration: {
      lifecycleConfiguration: {
        lifecycleType: 'Timed'
        cooldownPeriodInSeconds: 300
      }
    }
  }
}
