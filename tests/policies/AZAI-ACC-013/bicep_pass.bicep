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
      bypass: 'AzureServices'
      ipRules: [
        {
          value: '198.51.100.0/24'
        }
        {
          value: '203.0.113.10'
        }
      ]
    }
  }
}

// no IP rules: nothing admitted by address
resource search 'Microsoft.Search/searchServices@2023-11-01' = {
  name: 'srch-contoso'
  location: location
  sku: {
    name: 'standard'
  }
  properties: {
    publicNetworkAccess: 'disabled'
  }
}
