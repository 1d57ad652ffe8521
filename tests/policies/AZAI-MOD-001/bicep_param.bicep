targetScope = 'subscription'

@allowed([
  'Free'
  'Standard'
])
param defenderTier string = 'Free'

resource defenderAI 'Microsoft.Security/pricings@2024-01-01' = {
  name: 'AI'
  properties: {
    pricingTier: defenderTier
  }
}
