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
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
      ipRules: []
    }
  }
}

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-contoso'
  location: location
  sku: {
    name: 'standard'
  }
  properties: {
    networkRuleSet: {
      bypass: 'AzureServices'
      ipRules: [
        {
          value: '198.51.100.0/24'
        }
      ]
    }
  }
}
