param location string = resourceGroup().location
param diagnosticCategory string = 'Trace'

resource law 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-contoso'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 90
  }
}

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-contoso'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-contoso'
    disableLocalAuth: true
  }
}

// Trace is not in requiredLogCategories
resource accountDiag 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-law'
  scope: account
  properties: {
    workspaceId: law.id
    logs: [
      {
        category: diagnosticCategory
        enabled: true
      }
    ]
  }
}
