param location string = resourceGroup().location

resource env 'Microsoft.App/managedEnvironments@2025-07-01' = {
  name: 'cae-sessions'
  location: location
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

resource custom 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-custom'
  location: location
  properties: {
    environmentId: env.id
    poolManagementType: 'Dynamic'
    containerType: 'CustomContainer'
    scaleConfiguration: {
      maxConcurrentSessions: 50
      readySessionInstances: 5
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
            cpu: json('0.5')
            memory: '1Gi'
          }
        }
      ]
      ingress: {
        targetPort: 8080
      }
    }
  }
}

// PythonLTS pools have platform-sized sessions: only the scale caps apply
resource python 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-python'
  location: location
  properties: {
    poolManagementType: 'Dynamic'
    containerType: 'PythonLTS'
    scaleConfiguration: {
      maxConcurrentSessions: 20
    }
    dynamicPoolConfiguration: {
      lifecycleConfiguration: {
        lifecycleType: 'Timed'
        cooldownPeriodInSeconds: 300
      }
    }
  }
}
