param location string = resourceGroup().location

@secure()
param searchKey string

resource env 'Microsoft.App/managedEnvironments@2025-07-01' = {
  name: 'cae-sessions'
  location: location
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

// the identity only pulls the image; the secret comes from a secure parameter
resource pool 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-safe'
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
        lifecycle: 'None'
      }
    ]
    secrets: [
      {
        name: 'search-key'
        value: searchKey
      }
    ]
    customContainerTemplate: {
      registryCredentials: {
        server: 'contoso.azurecr.io'
        identity: 'system'
      }
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
              name: 'SEARCH_KEY'
              secretRef: 'search-key'
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

// no managedIdentitySettings: the default lifecycle is None
resource python 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-python'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
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
