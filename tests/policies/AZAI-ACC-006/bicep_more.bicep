param location string = resourceGroup().location

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-copy'
  location: location
  sku: {
    name: 'basic'
  }
}

resource foundry 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'ais-copy'
  location: location
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    customSubDomainName: 'ais-copy'
    allowProjectManagement: true
  }

  resource project 'projects' = {
    name: 'proj'
    location: location
    identity: {
      type: 'SystemAssigned'
    }
    properties: {}

    resource searchConn 'connections' = {
      name: 'search'
      properties: {
        category: 'CognitiveSearch'
        target: 'https://${search.name}.search.windows.net'
        authType: 'ApiKey'
        credentials: {
          key: search.listAdminKeys().primaryKey
        }
      }
    }
  }
}

resource aci 'Microsoft.ContainerInstance/containerGroups@2024-10-01-preview' = {
  name: 'ci-indexer'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    osType: 'Linux'
    containers: [
      {
        name: 'indexer'
        properties: {
          image: 'myacr.azurecr.io/indexer:1.0'
          resources: {
            requests: {
              cpu: 1
              memoryInGB: 2
            }
          }
          environmentVariables: [
            {
              name: 'SEARCH_ENDPOINT'
              value: 'https://${search.name}.search.windows.net'
            }
            {
              name: 'SEARCH_KEY'
              secureValue: search.listQueryKeys().value[0].key
            }
          ]
        }
      }
    ]
  }
}
