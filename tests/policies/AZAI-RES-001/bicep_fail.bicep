param location string = resourceGroup().location

resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-public'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-public'
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
    }
  }
}

// neither publicNetworkAccess nor networkAcls: the account is public
resource speech 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'speech-default'
  location: location
  kind: 'SpeechServices'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'speech-default'
  }
}

// no properties at all
resource lang 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'lang-bare'
  location: location
  kind: 'TextAnalytics'
  sku: {
    name: 'S0'
  }
}
