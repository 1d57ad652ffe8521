param location string = resourceGroup().location

resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-contoso'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    customSubDomainName: 'oai-contoso'
    disableLocalAuth: true
  }
}

resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-chat-app'
  location: location
}

// a workload identity: not a human
resource appOpenAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(oai.id, appIdentity.id, 'openai-user')
  scope: oai
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd')
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// the first human access: the advisory appears here, once
resource userOpenAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(oai.id, '11111111-1111-1111-1111-111111111111', 'openai-user')
  scope: oai
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd')
    principalId: '11111111-1111-1111-1111-111111111111'
    principalType: 'User'
  }
}

// a group at the resource group of a deployment with AI resources
resource groupReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, '22222222-2222-2222-2222-222222222222', 'reader')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'acdd72a7-3385-48ef-bd42-f606fba81ae7')
    principalId: '22222222-2222-2222-2222-222222222222'
    principalType: 'Group'
  }
}
