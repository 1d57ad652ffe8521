param adminGroupId string = '11111111-1111-1111-1111-111111111111'
param startTime string = utcNow()

resource foundry 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {
  name: 'aif-contoso'
}

var ownerRoleId = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')
var aiAdminRoleId = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b78c5d69-af96-48a3-bf8d-a8b4d589de94')

// the advisory appears on the first eligible assignment, once
resource ownerEligible 'Microsoft.Authorization/roleEligibilityScheduleRequests@2022-04-01-preview' = {
  name: guid(foundry.id, adminGroupId, ownerRoleId)
  scope: foundry
  properties: {
    principalId: adminGroupId
    requestType: 'AdminAssign'
    roleDefinitionId: ownerRoleId
    scheduleInfo: {
      startDateTime: startTime
      expiration: {
        type: 'AfterDuration'
        duration: 'P365D'
      }
    }
  }
}

resource aiAdminEligible 'Microsoft.Authorization/roleEligibilityScheduleRequests@2022-04-01-preview' = {
  name: guid(foundry.id, adminGroupId, aiAdminRoleId)
  scope: foundry
  properties: {
    principalId: adminGroupId
    requestType: 'AdminAssign'
    roleDefinitionId: aiAdminRoleId
    scheduleInfo: {
      startDateTime: startTime
      expiration: {
        type: 'NoExpiration'
      }
    }
  }
}
