param location string = resourceGroup().location

resource foundry 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'ais-noid'
  location: location
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  identity: {
    type: 'None'
  }
  properties: {
    customSubDomainName: 'ais-noid'
    disableLocalAuth: true
    allowProjectManagement: true
  }

  resource project 'projects' = {
    name: 'proj'
    location: location
    properties: {}
  }
}

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-noid'
  location: location
  sku: {
    name: 'basic'
  }
  properties: {
    disableLocalAuth: true
  }
}

resource app 'Microsoft.App/containerApps@2025-01-01' = {
  name: 'ca-chat'
  location: location
  properties: {
    environmentId: resourceId('Microsoft.App/managedEnvironments', 'cae-ai')
    template: {
      containers: [
        {
          name: 'chat'
          image: 'myacr.azurecr.io/chat:1.0'
        }
      ]
    }
  }
}
