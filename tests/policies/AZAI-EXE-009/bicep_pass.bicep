param location string = resourceGroup().location
param infraSubnetId string = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aca'
param aciSubnetId string = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aci'

resource env 'Microsoft.App/managedEnvironments@2025-07-01' = {
  name: 'cae-internal'
  location: location
  properties: {
    vnetConfiguration: {
      internal: true
      infrastructureSubnetId: infraSubnetId
    }
  }
}

resource envPrivate 'Microsoft.App/managedEnvironments@2025-07-01' = {
  name: 'cae-private'
  location: location
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

// ingress external and allowInsecure default to false
resource app 'Microsoft.App/containerApps@2025-07-01' = {
  name: 'ca-runner'
  location: location
  properties: {
    environmentId: env.id
    configuration: {
      ingress: {
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

resource aci 'Microsoft.ContainerInstance/containerGroups@2023-05-01' = {
  name: 'aci-private'
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
    subnetIds: [
      {
        id: aciSubnetId
      }
    ]
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

// no ipAddress at all: not reachable
resource aciNoIp 'Microsoft.ContainerInstance/containerGroups@2023-05-01' = {
  name: 'aci-noip'
  location: location
  properties: {
    osType: 'Linux'
    restartPolicy: 'Never'
    containers: [
      {
        name: 'runner'
        properties: {
          image: 'contoso.azurecr.io/agents/runner:1.4.2'
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
