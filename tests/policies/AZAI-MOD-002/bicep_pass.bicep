param location string = resourceGroup().location

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-contoso'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-contoso'
  }
}

resource defender 'Microsoft.CognitiveServices/accounts/defenderForAISettings@2024-10-01' = {
  parent: account
  name: 'Default'
  properties: {
    state: 'Enabled'
  }
}

// no defenderForAISettings child: nothing weakens the subscription plan
resource account2 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-contoso-2'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {}
}
