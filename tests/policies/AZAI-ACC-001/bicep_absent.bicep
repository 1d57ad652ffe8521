// No disableLocalAuth: key authentication stays enabled (service default).
resource ais 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'ais-absent'
  location: resourceGroup().location
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'ais-absent'
  }
}

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-noprops'
  location: resourceGroup().location
  sku: {
    name: 'basic'
  }
}
