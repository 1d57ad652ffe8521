param accountName string = 'oai-contoso'

@allowed([
  'Enabled'
  'Disabled'
])
param defenderState string = 'Disabled'

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: accountName
}

resource defender 'Microsoft.CognitiveServices/accounts/defenderForAISettings@2024-10-01' = {
  parent: account
  name: 'Default'
  properties: {
    state: defenderState
  }
}
