param location string = resourceGroup().location

// no AI resource in the deployment: a user's access to storage is out of scope
resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stcontoso'
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
}

resource userBlobReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(st.id, '11111111-1111-1111-1111-111111111111', 'blob-reader')
  scope: st
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1')
    principalId: '11111111-1111-1111-1111-111111111111'
    principalType: 'User'
  }
}

resource userRgReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, '11111111-1111-1111-1111-111111111111', 'reader')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'acdd72a7-3385-48ef-bd42-f606fba81ae7')
    principalId: '11111111-1111-1111-1111-111111111111'
    principalType: 'User'
  }
}
