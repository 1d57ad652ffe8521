param disableLocal bool = false
var sku = 'S0'

resource acct 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'ai-${sku}'
  location: 'eastus'
  kind: 'OpenAI'
  sku: {
    name: sku
  }
  properties: {
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Enabled'
  }

  resource dep 'deployments' = {
    name: 'gpt'
    properties: {
      raiPolicyName: 'Microsoft.Default'
    }
  }
}
