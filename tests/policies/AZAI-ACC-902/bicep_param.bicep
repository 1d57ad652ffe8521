@allowed([
  'Enabled'
  'Disabled'
])
param publicNetworkAccess string = 'Enabled'
param officeRange string = '198.51.100.0/24'

resource foundry 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'aif-contoso'
  location: resourceGroup().location
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'aif-contoso'
    publicNetworkAccess: publicNetworkAccess
    networkAcls: {
      defaultAction: 'Deny'
      ipRules: [
        {
          value: officeRange
        }
      ]
    }
  }
}
