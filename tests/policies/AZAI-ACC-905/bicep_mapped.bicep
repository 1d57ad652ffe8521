resource search 'Microsoft.Search/searchServices@2023-11-01' = {
  name: 'srch-contoso'
  location: resourceGroup().location
  sku: {
    name: 'standard'
  }
  properties: {
    disableLocalAuth: true
  }
}

resource analysts 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(search.id, '11111111-1111-1111-1111-111111111111', 'index-reader')
  scope: search
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '1407120a-92aa-4202-b7e9-c0e197c71c8f')
    principalId: '11111111-1111-1111-1111-111111111111'
    principalType: 'Group'
  }
}

// a glob-mapped principal
resource developers 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(search.id, '22222222-0000-0000-0000-000000000000', 'index-reader')
  scope: search
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '1407120a-92aa-4202-b7e9-c0e197c71c8f')
    principalId: '22222222-0000-0000-0000-000000000000'
    principalType: 'Group'
  }
}
