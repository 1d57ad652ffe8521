param location string = resourceGroup().location

resource env 'Microsoft.App/managedEnvironments@2025-07-01' = {
  name: 'cae-public'
  location: location
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}

resource app 'Microsoft.App/containerApps@2025-07-01' = {
  name: 'ca-runner'
  location: location
  properties: {
    environmentId: env.id
    configuration: {
      ingress: {
        external: true
        allowInsecure: true
        targetPort: 8080
      }
    }
    template: {
      containers: [
        {
          name: 'runner'
          image: 'contoso.azurecr.io/agents/runner:1.4.2'
          resources: {
            cpu: 1
            memory: '2Gi'
          }
        }
      ]
    }
  }
}

resource aciPublic 'Microsoft.ContainerInstance/containerGroups@2023-05-01' = {
  name: 'aci-public'
  location: location
  properties: {
    osType: 'Linux'
    restartPolicy: 'Never'
    ipAddress: {
      type: 'Public'
      ports: [
        {
          port: 8080
          protocol: 'TCP'
        }
      ]
    }
    containers: [
      {
        name: 'runner'
        properties: {
          image: 'contoso.azurecr.io/agents/runner:1.4.2'
          ports: [
            {
              port: 8080
            }
          ]
          resources: {
            requests: {
              cpu: 1
              memoryInGB: 2
            }
          }
        }
      }
    ]
  }
}

// private IP without a subnet
resource aciNoSubnet 'Microsoft.ContainerInstance/containerGroups@2023-05-01' = {
  name: 'aci-nosubnet'
  location: location
  properties: {
    osType: 'Linux'
    restartPolicy: 'Never'
    ipAddress: {
      type: 'Private'
      ports: [
        {
          port: 8080
          protocol: 'TCP'
        }
      ]
    }
    containers: [
      {
        name: 'runner'
        properties: {
          image: 'contoso.azurecr.io/agents/runner:1.4.2'
          ports: [
            {
              port: 8080
            }
          ]
          resources: {
            requests: {
              cpu: 1
              memoryInGB: 2
            }
          }
        }
      }
    ]
  }
}
