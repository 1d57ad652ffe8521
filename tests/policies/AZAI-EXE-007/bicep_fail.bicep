param location string = resourceGroup().location

resource job 'Microsoft.App/jobs@2025-07-01' = {
  name: 'job-long'
  location: location
  properties: {
    environmentId: resourceId('Microsoft.App/managedEnvironments', 'cae-exec')
    configuration: {
      triggerType: 'Manual'
      replicaTimeout: 7200
      manualTriggerConfig: {
        parallelism: 20
        replicaCompletionCount: 1
      }
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

// restartPolicy absent: Always, the one-shot runner restarts forever
resource aci 'Microsoft.ContainerInstance/containerGroups@2023-05-01' = {
  name: 'aci-runner'
  location: location
  properties: {
    osType: 'Linux'
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
