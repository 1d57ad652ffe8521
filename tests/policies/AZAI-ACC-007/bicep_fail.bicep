@secure()
param searchApiKey string

@secure()
param storageAccountKey string

resource foundry 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {
  name: 'ais-hub'
}

resource project 'Microsoft.CognitiveServices/accounts/projects@2025-06-01' existing = {
  parent: foundry
  name: 'proj'
}

resource searchConn 'Microsoft.CognitiveServices/accounts/connections@2025-06-01' = {
  parent: foundry
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-ai.search.windows.net'
    authType: 'ApiKey'
    credentials: {
      key: searchApiKey
    }
  }
}

// Shared to every user of the project: high.
resource blobConn 'Microsoft.CognitiveServices/accounts/projects/connections@2025-06-01' = {
  parent: project
  name: 'blob'
  properties: {
    category: 'AzureBlob'
    target: 'https://stai.blob.core.windows.net/'
    authType: 'AccountKey'
    isSharedToAll: true
    credentials: {
      key: storageAccountKey
    }
  }
}

resource hub 'Microsoft.MachineLearningServices/workspaces@2025-06-01' existing = {
  name: 'hub'
}

resource hubConn 'Microsoft.MachineLearningServices/workspaces/connections@2025-06-01' = {
  parent: hub
  name: 'aoai'
  properties: {
    category: 'AzureOpenAI'
    target: 'https://oai-ai.openai.azure.com/'
    authType: 'ApiKey'
    credentials: {
      key: searchApiKey
    }
  }
}
