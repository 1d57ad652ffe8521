param location string = resourceGroup().location

// local authentication stays on (disableLocalAuth absent)
resource foundry 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'aif-contoso'
  location: location
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    customSubDomainName: 'aif-contoso'
    allowProjectManagement: true
  }
}

resource project 'Microsoft.CognitiveServices/accounts/projects@2025-06-01' = {
  parent: foundry
  name: 'chat'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {}
}

resource keysOff 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'oai-nokeys'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-nokeys'
    disableLocalAuth: true
  }
}

// data scientist: Cognitive Services User (reads keys) on an account that accepts keys (high)
resource dsKeys 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(foundry.id, '11111111-1111-1111-1111-111111111111', 'cs-user')
  scope: foundry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'a97b65f3-24c7-4388-baec-2e87135dc908')
    principalId: '11111111-1111-1111-1111-111111111111'
    principalType: 'User'
  }
}

// AI developer (glob-mapped): OpenAI Contributor on the project is not one of its roles
resource devContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(project.id, '22222222-0000-0000-0000-000000000000', 'openai-contributor')
  scope: project
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'a001fd3d-188f-4b5d-821b-7da978bf7442')
    principalId: '22222222-0000-0000-0000-000000000000'
    principalType: 'User'
  }
}

// data scientist: Cognitive Services Contributor on an account with keys off (medium)
resource dsContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keysOff.id, '11111111-1111-1111-1111-111111111111', 'cs-contributor')
  scope: keysOff
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68')
    principalId: '11111111-1111-1111-1111-111111111111'
    principalType: 'User'
  }
}
