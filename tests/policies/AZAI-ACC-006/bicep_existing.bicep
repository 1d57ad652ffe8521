// The account whose key is read is declared `existing`: its type is known, so its key is an AI key.
resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: 'oai-central'
}

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: 'stchatdata'
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: 'app-chat'
  location: resourceGroup().location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: resourceId('Microsoft.Web/serverfarms', 'plan-chat')
    siteConfig: {
      appSettings: [
        {
          name: 'AZURE_OPENAI_KEY'
          value: openai.listKeys().key1
        }
        {
          // a storage key is not an AI key (not this rule's business)
          name: 'STORAGE_KEY'
          value: storage.listKeys().keys[0].value
        }
      ]
    }
  }
}
