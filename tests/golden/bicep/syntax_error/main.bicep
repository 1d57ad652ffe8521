resource acct 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'a'
  properties: {
    disableLocalAuth: true &&
  }
}
