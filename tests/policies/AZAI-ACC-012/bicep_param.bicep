targetScope = 'subscription'

@description('Action that lets the automation hand out access')
param delegationAction string = 'Microsoft.Authorization/roleAssignments/write'
param resourceGroupName string = 'rg-ai'

resource aiProvisioner 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(subscription().id, 'ai-provisioner')
  properties: {
    roleName: 'AI Provisioner'
    type: 'CustomRole'
    permissions: [
      {
        actions: [
          'Microsoft.CognitiveServices/accounts/read'
          'Microsoft.CognitiveServices/accounts/write'
          delegationAction
        ]
      }
    ]
    assignableScopes: [
      '${subscription().id}/resourceGroups/${resourceGroupName}'
    ]
  }
}
