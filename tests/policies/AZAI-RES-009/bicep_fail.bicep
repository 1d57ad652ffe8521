param location string = resourceGroup().location

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-public'
  location: location
  sku: {
    name: 'standard'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
    networkRuleSet: {
      ipRules: []
    }
  }
}

// publicNetworkAccess absent: enabled
resource searchDefault 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-default'
  location: location
  sku: {
    name: 'basic'
  }
  properties: {
    replicaCount: 1
  }
}

// the free SKU cannot use private link
resource searchFree 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-free'
  location: location
  sku: {
    name: 'free'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}
