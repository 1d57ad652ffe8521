@allowed([
  'Microsoft.CognitiveServices'
  'Microsoft.KeyVault'
])
param keySource string = 'Microsoft.CognitiveServices'

var cmkEnforcement = 'Disabled'

resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-param'
  location: 'eastus'
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-param'
    encryption: {
      keySource: keySource
    }
  }
}

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-var'
  location: 'eastus'
  sku: {
    name: 'standard'
  }
  properties: {
    encryptionWithCmk: {
      enforcement: cmkEnforcement
    }
  }
}
