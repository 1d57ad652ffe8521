param location string = resourceGroup().location
param adminPrincipalId string = '11111111-1111-1111-1111-111111111111'
param breakGlassPrincipalId string = '99999999-9999-9999-9999-999999999999'
param requestId string = newGuid()

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

resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stcontoso'
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
}

// Owner through PIM: an eligible assignment, not a role assignment
resource ownerEligible 'Microsoft.Authorization/roleEligibilityScheduleRequests@2022-04-01-preview' = {
  name: requestId
  scope: oai
  properties: {
    principalId: adminPrincipalId
    requestType: 'AdminAssign'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')
    scheduleInfo: {
      expiration: {
        type: 'AfterDuration'
        duration: 'P180D'
      }
    }
  }
}

// a data-plane role is not privileged
resource openAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(oai.id, adminPrincipalId, 'openai-user')
  scope: oai
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd')
    principalId: adminPrincipalId
    principalType: 'User'
  }
}

// break-glass account (breakGlassPrincipalIds)
resource breakGlassOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(oai.id, breakGlassPrincipalId, 'owner')
  scope: oai
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')
    principalId: breakGlassPrincipalId
    principalType: 'User'
  }
}

// Owner on a storage account is not an AI scope
resource storageOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(st.id, adminPrincipalId, 'owner')
  scope: st
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')
    principalId: adminPrincipalId
    principalType: 'User'
  }
}
