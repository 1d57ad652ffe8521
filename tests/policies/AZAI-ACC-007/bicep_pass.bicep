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
    authType: 'AAD'
    isSharedToAll: true
    metadata: {
      ApiType: 'Azure'
    }
  }
}

resource blobConn 'Microsoft.CognitiveServices/accounts/projects/connections@2025-06-01' = {
  parent: project
  name: 'blob'
  properties: {
    category: 'AzureBlob'
    target: 'https://stai.blob.core.windows.net/'
    authType: 'ManagedIdentity'
    credentials: {
      clientId: '00000000-0000-0000-0000-000000000001'
      resourceId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-ai'
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
    authType: 'AAD'
  }
}
