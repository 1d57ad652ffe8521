targetScope = 'subscription'

resource aiOperator 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(subscription().id, 'ai-operator')
  properties: {
    roleName: 'AI Operator'
    description: 'Operates the AI accounts of the platform'
    type: 'CustomRole'
    permissions: [
      {
        actions: [
          'Microsoft.CognitiveServices/*'
          'Microsoft.Resources/subscriptions/resourceGroups/read'
          'Microsoft.Authorization/roleAssignments/write'
        ]
        notActions: []
        dataActions: [
          'Microsoft.CognitiveServices/accounts/OpenAI/*'
        ]
      }
      {
        actions: [
          'Microsoft.MachineLearningServices/workspaces/read'
          'microsoft.machinelearningservices/workspaces/listkeys/action'
        ]
      }
    ]
    assignableScopes: [
      subscription().id
    ]
  }
}
