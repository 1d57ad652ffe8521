resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-var'
  location: resourceGroup().location
  sku: {
    name: 'basic'
  }
}

var searchAdminKey = search.listAdminKeys().primaryKey

#disable-next-line outputs-should-not-contain-secrets
output adminKey string = searchAdminKey
