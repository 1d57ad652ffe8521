param runnerImage string = 'python:3.12-slim'

var taskCpu = 1

resource job 'Microsoft.App/jobs@2025-07-01' = {
  name: 'job-param'
  location: 'eastus'
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
          image: runnerImage
          resources: {
            cpu: taskCpu
            memory: '2Gi'
          }
        }
      ]
    }
  }
}
