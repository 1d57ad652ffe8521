resource foundry 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {
  name: 'ais-hub'
}

// authType is required by the API: an absent one is reported too.
resource searchConn 'Microsoft.CognitiveServices/accounts/connections@2025-06-01' = {
  parent: foundry
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-ai.search.windows.net'
  }
}
