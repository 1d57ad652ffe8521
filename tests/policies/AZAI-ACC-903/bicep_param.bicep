@description('Grant the admin group Owner through PIM')
param usePim bool = true
param adminGroupId string = '11111111-1111-1111-1111-111111111111'

resource foundry 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {
  name: 'aif-contoso'
}

resource ownerEligible 'Microsoft.Authorization/roleEligibilityScheduleRequests@2022-04-01-preview' = if (usePim) {
  name: guid(foundry.id, adminGroupId, 'owner')
  scope: foundry
  properties: {
    principalId: adminGroupId
    requestType: 'AdminAssign'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')
    scheduleInfo: {
      expiration: {
        type: 'AfterDuration'
        duration: 'P180D'
      }
    }
  }
}
