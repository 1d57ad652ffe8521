@description('Object id of the data science team group')
param dataScienceGroupId string = '11111111-1111-1111-1111-111111111111'

var cognitiveServicesUser = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'a97b65f3-24c7-4388-baec-2e87135dc908')

resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-contoso'
  location: resourceGroup().location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-contoso'
    disableLocalAuth: false
  }
}

resource dataScience 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(oai.id, dataScienceGroupId, cognitiveServicesUser)
  scope: oai
  properties: {
    roleDefinitionId: cognitiveServicesUser
    principalId: dataScienceGroupId
    principalType: 'Group'
  }
}
