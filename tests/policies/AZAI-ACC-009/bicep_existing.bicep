param accountName string = 'aif-contoso'
param principalId string

// the account is deployed elsewhere; the assignment targets it
resource foundry 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {
  name: accountName
}

resource aiAdmin 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(foundry.id, principalId, 'b78c5d69-af96-48a3-bf8d-a8b4d589de94')
  scope: foundry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b78c5d69-af96-48a3-bf8d-a8b4d589de94')
    principalId: principalId
    principalType: 'User'
  }
}
