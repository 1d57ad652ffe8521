param location string = resourceGroup().location
param adminPrincipalId string = '11111111-1111-1111-1111-111111111111'
param appPrincipalId string = '33333333-3333-3333-3333-333333333333'

resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
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

// Owner for a user on the account
resource ownerUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(oai.id, adminPrincipalId, 'owner')
  scope: oai
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')
    principalId: adminPrincipalId
    principalType: 'User'
  }
}

// Contributor at the resource group of a deployment with AI resources, no principalType
resource rgContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, adminPrincipalId, 'contributor')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b24988ac-6180-42a0-ab88-20f7382dd24c')
    principalId: adminPrincipalId
  }
}

// a workload identity with Contributor on the account (medium)
resource appContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(oai.id, appPrincipalId, 'contributor')
  scope: oai
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b24988ac-6180-42a0-ab88-20f7382dd24c')
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}
