param location string = resourceGroup().location

resource app 'Microsoft.App/containerApps@2025-07-01' = {
  name: 'ca-runner'
  location: location
  properties: {
    environmentId: resourceId('Microsoft.App/managedEnvironments', 'cae-exec')
    template: {
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
    }
  }
}

resource aci 'Microsoft.ContainerInstance/containerGroups@2023-05-01' = {
  name: 'aci-runner'
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
              memoryInGB: json('1.5')
            }
            limits: {
              cpu: 2
              memoryInGB: 4
            }
          }
        }
      }
    ]
  }
}
