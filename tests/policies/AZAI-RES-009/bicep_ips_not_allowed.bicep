resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-ips'
  location: 'eastus'
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
