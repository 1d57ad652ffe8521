param location string = resourceGroup().location

@secure()
param registryPassword string

resource env 'Microsoft.App/managedEnvironments@2025-07-01' = {
  name: 'cae-exec'
  location: location
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

// a Docker Hub image (no registry host)
resource pool 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-dockerhub'
  location: location
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
      containers: [
        {
          name: 'runner'
          image: 'python:3.12-slim'
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

// a registry that is not approved, pulled with a password
resource job 'Microsoft.App/jobs@2025-07-01' = {
  name: 'job-agent-task'
  location: location
  properties: {
    environmentId: env.id
    configuration: {
      triggerType: 'Manual'
      replicaTimeout: 600
      replicaRetryLimit: 1
      secrets: [
        {
          name: 'ghcr-password'
          value: registryPassword
        }
      ]
      registries: [
        {
          server: 'ghcr.io'
          username: 'contoso-bot'
          passwordSecretRef: 'ghcr-password'
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'task'
          image: 'ghcr.io/contoso/agent-task:latest'
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
          image: 'docker.io/library/python:3.12'
          resources: {
            requests: {
              cpu: 1
              memoryInGB: 2
            }
          }
        }
      }
    ]
    imageRegistryCredentials: [
      {
        server: 'contoso.azurecr.io'
        username: 'contoso'
        password: registryPassword
      }
    ]
  }
}
