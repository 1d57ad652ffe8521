param replicaTimeoutSeconds int = 86400

@allowed([
  'Always'
  'Never'
  'OnFailure'
])
param restartPolicy string = 'Always'

resource job 'Microsoft.App/jobs@2025-07-01' = {
  name: 'job-param'
  location: 'eastus'
  properties: {
    environmentId: resourceId('Microsoft.App/managedEnvironments', 'cae-exec')
    configuration: {
      triggerType: 'Manual'
      replicaTimeout: replicaTimeoutSeconds
      replicaRetryLimit: 1
    }
    template: {
      containers: [
        {
          name: 'task'
          image: 'contoso.azurecr.io/agents/task:2.0.1'
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
    restartPolicy: restartPolicy
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
