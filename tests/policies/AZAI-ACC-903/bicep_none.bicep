resource foundry 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {
  name: 'aif-contoso'
}

// a standing assignment is not an eligible one (AZAI-ACC-009 judges it)
resource openAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(foundry.id, '11111111-1111-1111-1111-111111111111', 'openai-user')
  scope: foundry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd')
    principalId: '11111111-1111-1111-1111-111111111111'
    principalType: 'User'
  }
}
