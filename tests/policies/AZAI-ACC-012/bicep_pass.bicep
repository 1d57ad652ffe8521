resource aiReader 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(resourceGroup().id, 'ai-deployment-reader')
  properties: {
    roleName: 'AI Deployment Reader'
    description: 'Reads AI accounts and their deployments, never their keys'
    type: 'CustomRole'
    permissions: [
      {
        actions: [
          'Microsoft.CognitiveServices/accounts/read'
          'Microsoft.CognitiveServices/accounts/deployments/read'
          'Microsoft.CognitiveServices/*'
        ]
        notActions: [
          'Microsoft.CognitiveServices/*'
        ]
        dataActions: [
          'Microsoft.CognitiveServices/accounts/OpenAI/deployments/chat/completions/action'
        ]
        notDataActions: []
      }
    ]
    assignableScopes: [
      resourceGroup().id
    ]
  }
}
