param location string = resourceGroup().location

resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-mmk'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-mmk'
    encryption: {
      keySource: 'Microsoft.CognitiveServices'
    }
  }
}

// no encryption section: Microsoft-managed keys
resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'mlw-mmk'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-mmk'
  location: location
  sku: {
    name: 'standard'
  }
  properties: {
    encryptionWithCmk: {
      enforcement: 'Unspecified'
    }
  }
}

// no encryption section on the account: Microsoft-managed keys
resource lang 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'lang-mmk'
  location: location
  kind: 'TextAnalytics'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'lang-mmk'
  }
}
