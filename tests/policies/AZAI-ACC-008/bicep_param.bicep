@allowed([
  'None'
  'SystemAssigned'
])
param searchIdentityType string = 'None'

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-param'
  location: resourceGroup().location
  sku: {
    name: 'basic'
  }
  identity: {
    type: searchIdentityType
  }
  properties: {
    disableLocalAuth: true
  }
}
