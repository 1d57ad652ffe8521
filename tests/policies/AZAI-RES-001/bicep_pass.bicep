param location string = resourceGroup().location

resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-private'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-private'
    publicNetworkAccess: 'Disabled'
  }
}

// public access stays on, but the network ACL denies by default (IP list judged by ACC-013)
resource ais 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'ais-acl'
  location: location
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'ais-acl'
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Deny'
      ipRules: [
        {
          value: '203.0.113.0/24'
        }
      ]
    }
  }
}
