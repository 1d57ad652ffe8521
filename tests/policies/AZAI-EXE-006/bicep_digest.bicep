param location string = resourceGroup().location

resource uami 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-acr-pull'
  location: location
}

resource env 'Microsoft.App/managedEnvironments@2025-07-01' = {
  name: 'cae-exec'
  location: location
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

resource pool 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-acr'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${uami.id}': {}
    }
  }
  properties: {
    environmentId: env.id
    poolManagementType: 'Dynamic'
    containerType: 'CustomContainer'
    dynamicPoolConfiguration: {
      lifecycleConfiguration: {
        lifecycleType: 'OnContainerExit'
        maxAlivePeriodInSeconds: 1800
      }
    }
    customContainerTemplate: {
      registryCredentials: {
        server: 'contoso.azurecr.io'
        identity: uami.id
      }
      containers: [
        {
          name: 'runner'
          image: 'contoso.azurecr.io/agents/runner@sha256:4f1e1d2c3b4a59687766554433221100ffeeddccbbaa99887766554433221100'
          resources: {
            cpu: 1
            memory: '2Gi'
          }
        }
      ]
      ingress: {
        targetPort: 8080
      }
    }
  }
}

resource job 'Microsoft.App/jobs@2025-07-01' = {
  name: 'job-agent-task'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${uami.id}': {}
    }
  }
  properties: {
    environmentId: env.id
    configuration: {
      triggerType: 'Manual'
      replicaTimeout: 600
      replicaRetryLimit: 1
      registries: [
        {
          server: 'contoso.azurecr.io'
          identity: uami.id
        }
      ]
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
  name: 'aci-runner'
  location: location
  properties: {
    osType: 'Linux'
    restartPolicy: 'Never'
    containers: [
      {
        name: 'runner'
        properties: {
          image: 'mcr.microsoft.com/azure-functions/python:4-python3.11'
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
