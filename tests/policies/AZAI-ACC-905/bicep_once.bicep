param location string = resourceGroup().location

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

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: 'app-chat'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {}
}

// a managed identity created here: known only at deployment, not listed
resource appOpenAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(oai.id, app.id, 'openai-user')
  scope: oai
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd')
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// two literal principals without a persona: one advisory, at the first
resource analysts 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(oai.id, '11111111-1111-1111-1111-111111111111', 'openai-user')
  scope: oai
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd')
    principalId: '11111111-1111-1111-1111-111111111111'
    principalType: 'Group'
  }
}

resource developers 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(oai.id, '22222222-2222-2222-2222-222222222222', 'openai-contributor')
  scope: oai
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'a001fd3d-188f-4b5d-821b-7da978bf7442')
    principalId: '22222222-2222-2222-2222-222222222222'
    principalType: 'Group'
  }
}
