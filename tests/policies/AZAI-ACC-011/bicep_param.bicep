@description('Data-plane role granted to the application team')
param roleDefinitionGuid string = 'a001fd3d-188f-4b5d-821b-7da978bf7442'
param appTeamGroupId string

var roleDefinitionId = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionGuid)

resource appTeam 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, appTeamGroupId, roleDefinitionGuid)
  properties: {
    roleDefinitionId: roleDefinitionId
    principalId: appTeamGroupId
    principalType: 'Group'
  }
}
