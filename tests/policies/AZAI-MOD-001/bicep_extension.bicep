targetScope = 'subscription'

resource defenderAI 'Microsoft.Security/pricings@2024-01-01' = {
  name: 'AI'
  properties: {
    pricingTier: 'Standard'
    extensions: [
      {
        name: 'AIPromptEvidence'
        isEnabled: 'False'
      }
    ]
  }
}
