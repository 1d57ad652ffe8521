param names array = [
  'one'
  'two'
]
param deployExtra bool

resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = [for (n, i) in names: {
  name: 'kv-${n}'
  location: 'westeurope'
  properties: {
    enablePurgeProtection: i == 0
  }
}]

resource extra 'Microsoft.KeyVault/vaults@2023-07-01' = if (deployExtra) {
  name: 'kv-extra'
  properties: {
    enablePurgeProtection: false
  }
}

resource diag 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-law'
  scope: kv[1]
  properties: {
    logs: []
  }
}
