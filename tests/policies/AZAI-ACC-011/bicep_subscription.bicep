targetScope = 'subscription'

param teamGroupId string = '11111111-1111-1111-1111-111111111111'

// a subscription-scope deployment: the assignment is at the subscription
resource searchReaders 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(subscription().id, teamGroupId, 'search-index-reader')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '1407120a-92aa-4202-b7e9-c0e197c71c8f')
    principalId: teamGroupId
    principalType: 'Group'
  }
}
