@description('Role granted to the platform team')
param roleId string = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'
param groupId string = '22222222-2222-2222-2222-222222222222'

var principalType = 'Group'

resource search 'Microsoft.Search/searchServices@2023-11-01' = {
  name: 'srch-contoso'
  location: resourceGroup().location
  sku: {
    name: 'standard'
  }
}

resource platformTeam 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(search.id, groupId, roleId)
  scope: search
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    principalId: groupId
    principalType: principalType
  }
}
