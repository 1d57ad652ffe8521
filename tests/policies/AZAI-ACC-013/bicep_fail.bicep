param location string = resourceGroup().location

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
          value: '0.0.0.0/0'
        }
        {
          value: '10.0.0.0/8'
        }
        {
          value: '203.0.113.0/24'
        }
      ]
    }
  }
}

resource search 'Microsoft.Search/searchServices@2024-06-01-preview' = {
  name: 'srch-contoso'
  location: location
  sku: {
    name: 'standard'
  }
  properties: {
    publicNetworkAccess: 'enabled'
    networkRuleSet: {
      ipRules: [
        { value: '0.0.0.0' }
      ]
    }
  }
}
