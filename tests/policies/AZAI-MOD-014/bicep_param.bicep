param location string = resourceGroup().location
@description('Role granted to the gateway identity (default: Contributor)')
param gatewayRoleId string = 'b24988ac-6180-42a0-ab88-20f7382dd24c'

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-contoso'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-contoso'
    disableLocalAuth: true
  }
}

resource apim 'Microsoft.ApiManagement/service@2024-05-01' = {
  name: 'apim-contoso'
  location: location
  sku: {
    name: 'Developer'
    capacity: 1
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publisherEmail: 'ai-platform@contoso.com'
    publisherName: 'Contoso'
  }
}

resource gwRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, apim.id, gatewayRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', gatewayRoleId)
    principalId: apim.identity.principalId
    principalType: 'ServicePrincipal'
  }
}
