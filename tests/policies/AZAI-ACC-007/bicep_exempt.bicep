@secure()
param weatherApiKey string

resource foundry 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {
  name: 'ais-hub'
}

// A third-party API that only offers keys, exempted by category (exemptConnectionCategories).
resource weatherConn 'Microsoft.CognitiveServices/accounts/connections@2025-06-01' = {
  parent: foundry
  name: 'weather'
  properties: {
    category: 'ApiKey'
    target: 'https://api.weather.example.com/'
    authType: 'ApiKey'
    credentials: {
      key: weatherApiKey
    }
  }
}

resource searchConn 'Microsoft.CognitiveServices/accounts/connections@2025-06-01' = {
  parent: foundry
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-ai.search.windows.net'
    authType: 'ApiKey'
    credentials: {
      key: weatherApiKey
    }
  }
}
