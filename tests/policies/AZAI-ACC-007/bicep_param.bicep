@allowed([
  'AAD'
  'ApiKey'
])
param connectionAuthType string = 'ApiKey'

@secure()
param searchApiKey string = ''

resource foundry 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {
  name: 'ais-hub'
}

resource searchConn 'Microsoft.CognitiveServices/accounts/connections@2025-06-01' = {
  parent: foundry
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-ai.search.windows.net'
    authType: connectionAuthType
    credentials: connectionAuthType == 'ApiKey' ? {
      key: searchApiKey
    } : null
  }
}
