param location string = resourceGroup().location

// private only: IP rules have no effect
resource privateAccount 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-private'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-private'
    publicNetworkAccess: 'Disabled'
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

// public with an IP allow-list: the advisory appears here, once
resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-contoso'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-contoso'
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Deny'
      ipRules: [
        {
          value: '198.51.100.0/24'
        }
      ]
    }
  }
}

resource search 'Microsoft.Search/searchServices@2023-11-01' = {
  name: 'srch-contoso'
  location: location
  sku: {
    name: 'standard'
  }
  properties: {
    publicNetworkAccess: 'enabled'
    networkRuleSet: {
      ipRules: [
        {
          value: '198.51.100.0/24'
        }
      ]
    }
  }
}
