// Microsoft-managed keys, but the rule is opt-in
resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-mmk'
  location: 'eastus'
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-mmk'
  }
}
