@allowed([
  'Enabled'
  'Disabled'
])
param publicNetworkAccess string = 'Enabled'

var searchSku = 'free'

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-param'
  location: 'eastus'
  sku: {
    name: searchSku
  }
  properties: {
    publicNetworkAccess: publicNetworkAccess
  }
}
