param accountName string
param localAuth bool = true

resource acct 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: accountName
  location: 'eastus'
  properties: {
    disableLocalAuth: !localAuth
  }
}
