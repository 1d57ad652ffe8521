@description('Object id of the evaluation team group')
param evaluatorsGroupId string = '33333333-3333-3333-3333-333333333333'

resource foundry 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'aif-contoso'
  location: resourceGroup().location
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'aif-contoso'
    disableLocalAuth: true
  }
}

resource evaluators 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(foundry.id, evaluatorsGroupId, 'foundry-user')
  scope: foundry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '53ca6127-db72-4b80-b1b0-d745d6d5456d')
    principalId: evaluatorsGroupId
    principalType: 'Group'
  }
}
