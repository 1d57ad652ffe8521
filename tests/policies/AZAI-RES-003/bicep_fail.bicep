param location string = resourceGroup().location

resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-open'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-open'
    publicNetworkAccess: 'Disabled'
    restrictOutboundNetworkAccess: false
    allowedFqdnList: []
  }
}

// neither setting: outbound calls are not restricted
resource ais 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'ais-default'
  location: location
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'ais-default'
    publicNetworkAccess: 'Disabled'
  }
}

// not a generative kind: not checked
resource speech 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'speech'
  location: location
  kind: 'SpeechServices'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'speech'
  }
}
