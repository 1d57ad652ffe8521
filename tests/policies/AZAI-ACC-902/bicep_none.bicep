param location string = resourceGroup().location

// public without restriction (AZAI-RES-001's concern), and private with IP rules
resource open 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-open'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-open'
    networkAcls: {
      defaultAction: 'Allow'
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
    publicNetworkAccess: 'disabled'
    networkRuleSet: {
      ipRules: [
        {
          value: '198.51.100.0/24'
        }
      ]
    }
  }
}
