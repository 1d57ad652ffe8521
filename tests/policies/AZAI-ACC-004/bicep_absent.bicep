// No customSubDomainName: the account gets a regional endpoint and cannot use Entra ID tokens.
resource speech 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'speech-absent'
  location: resourceGroup().location
  kind: 'SpeechServices'
  sku: {
    name: 'S0'
  }
  properties: {
    disableLocalAuth: true
  }
}

resource translator 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'translator-noprops'
  location: 'global'
  kind: 'TextTranslation'
  sku: {
    name: 'S1'
  }
}
