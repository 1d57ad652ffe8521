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
            cpu: 4
            memory: '8Gi'
          }
        }
      ]
    }
  }
}

// no resources: the platform default applies, no bound of our own
resource job 'Microsoft.App/jobs@2025-07-01' = {
  name: 'job-task'
  location: location
  properties: {
    environmentId: resourceId('Microsoft.App/managedEnvironments', 'cae-exec')
    configuration: {
      triggerType: 'Manual'
      replicaTimeout: 600
      replicaRetryLimit: 1
    }
    template: {
      containers: [
        {
          name: 'task'
          image: 'contoso.azurecr.io/agents/task:2.0.1'
        }
      ]
    }
  }
}

// requests above the bounds and no limits
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
              cpu: 4
              memoryInGB: 16
            }
          }
        }
      }
    ]
  }
}
