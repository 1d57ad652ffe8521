param containerMemory string = '16Gi'

var requestCpu = 8

resource app 'Microsoft.App/containerApps@2025-07-01' = {
  name: 'ca-param'
  location: 'eastus'
  properties: {
    environmentId: resourceId('Microsoft.App/managedEnvironments', 'cae-exec')
    template: {
      containers: [
        {
          name: 'runner'
          image: 'contoso.azurecr.io/agents/runner:1.4.2'
          resources: {
            cpu: 1
            memory: containerMemory
          }
        }
      ]
    }
  }
}

resource aci 'Microsoft.ContainerInstance/containerGroups@2023-05-01' = {
  name: 'aci-var'
  location: 'eastus'
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
              cpu: requestCpu
              memoryInGB: 2
            }
            limits: {
              cpu: requestCpu
              memoryInGB: 2
            }
          }
        }
      }
    ]
  }
}
