param location string = resourceGroup().location

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-private'
  location: location
  sku: {
    name: 'standard'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

resource searchPerimeter 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-perimeter'
  location: location
  sku: {
    name: 'standard'
  }
  properties: {
    publicNetworkAccess: 'SecuredByPerimeter'
  }
}

// public, but limited to an IP allow-list (its entries are judged by AZAI-ACC-013)
resource searchIps 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-ips'
  location: location
  sku: {
    name: 'basic'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
    networkRuleSet: {
      ipRules: [
        {
          value: '203.0.113.0/24'
        }
      ]
    }
  }
}
