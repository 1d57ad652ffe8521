resource job 'Microsoft.App/jobs@2025-07-01' = {
  name: 'job-events'
  location: 'eastus'
  properties: {
    environmentId: resourceId('Microsoft.App/managedEnvironments', 'cae-exec')
    configuration: {
      triggerType: 'Event'
      replicaTimeout: 600
      replicaRetryLimit: 1
      eventTriggerConfig: {
        parallelism: 20
        replicaCompletionCount: 1
        scale: {
          minExecutions: 0
          maxExecutions: 10
        }
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
