// An account this template does not deploy: it is not judged (its settings
// are not known here), but rules that join to it still find it.
resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: 'oai-shared'
}

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch'
  location: 'eastus'
  sku: {
    name: 'standard'
  }
  properties: {
    disableLocalAuth: false
  }
}
