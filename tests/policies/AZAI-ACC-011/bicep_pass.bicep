param location string = resourceGroup().location
param teamGroupId string = '11111111-1111-1111-1111-111111111111'

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
    disableLocalAuth: true
  }

  resource project 'projects' = {
    name: 'chat'
    location: location
    identity: {
      type: 'SystemAssigned'
    }
    properties: {}
  }
}

resource search 'Microsoft.Search/searchServices@2023-11-01' = {
  name: 'srch-contoso'
  location: location
  sku: {
    name: 'standard'
  }
}

// Foundry User on the project
resource projectUsers 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(foundry::project.id, teamGroupId, 'foundry-user')
  scope: foundry::project
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '53ca6127-db72-4b80-b1b0-d745d6d5456d')
    principalId: teamGroupId
    principalType: 'Group'
  }
}

// Search Index Data Reader on the search service
resource indexReaders 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(search.id, teamGroupId, 'index-reader')
  scope: search
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '1407120a-92aa-4202-b7e9-c0e197c71c8f')
    principalId: teamGroupId
    principalType: 'Group'
  }
}

// Reader at the resource group is not a data-plane AI role
resource rgReaders 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, teamGroupId, 'reader')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'acdd72a7-3385-48ef-bd42-f606fba81ae7')
    principalId: teamGroupId
    principalType: 'Group'
  }
}

// OpenAI User at the resource group, exempted by allowResourceGroupScopeFor
resource rgOpenAiUsers 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, teamGroupId, 'openai-user')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd')
    principalId: teamGroupId
    principalType: 'Group'
  }
}
