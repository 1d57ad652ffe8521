param location string = resourceGroup().location

resource foundry 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'aif-contoso'
  location: location
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'aif-contoso'
    allowProjectManagement: true
    disableLocalAuth: true
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

resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stcontoso'
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
}

// data scientist: Foundry User on the project
resource dsFoundryUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(project.id, '11111111-1111-1111-1111-111111111111', 'foundry-user')
  scope: project
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '53ca6127-db72-4b80-b1b0-d745d6d5456d')
    principalId: '11111111-1111-1111-1111-111111111111'
    principalType: 'User'
  }
}

// AI developer (glob-mapped): OpenAI User on the account
resource devOpenAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(foundry.id, '22222222-0000-0000-0000-000000000000', 'openai-user')
  scope: foundry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd')
    principalId: '22222222-0000-0000-0000-000000000000'
    principalType: 'User'
  }
}

// a principal without a persona is out of scope (AZAI-ACC-905 lists it)
resource unmapped 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(foundry.id, '33333333-3333-3333-3333-333333333333', 'cs-user')
  scope: foundry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'a97b65f3-24c7-4388-baec-2e87135dc908')
    principalId: '33333333-3333-3333-3333-333333333333'
    principalType: 'ServicePrincipal'
  }
}

// a storage account is not an AI account
resource dsBlob 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(st.id, '11111111-1111-1111-1111-111111111111', 'blob-reader')
  scope: st
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1')
    principalId: '11111111-1111-1111-1111-111111111111'
    principalType: 'User'
  }
}
