resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-patterns'
  location: 'eastus'
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-patterns'
    publicNetworkAccess: 'Disabled'
    restrictOutboundNetworkAccess: true
    allowedFqdnList: [
      'data.contoso.com'
      'attacker.example.net'
    ]
  }
}
