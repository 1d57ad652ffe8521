param externalIngress bool = true

@allowed([
  'Public'
  'Private'
])
param aciIpType string = 'Public'

resource app 'Microsoft.App/containerApps@2025-07-01' = {
  name: 'ca-param'
  location: 'eastus'
  properties: {
    environmentId: resourceId('Microsoft.App/managedEnvironments', 'cae-internal')
    configuration: {
      ingress: {
        external: externalIngress
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
  name: 'aci-param'
  location: 'eastus'
  properties: {
    osType: 'Linux'
    restartPolicy: 'Never'
    ipAddress: {
      type: aciIpType
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
