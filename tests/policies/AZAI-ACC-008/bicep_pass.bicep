param location string = resourceGroup().location

resource uai 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-ai'
  location: location
}

resource foundry 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'ais-pass'
  location: location
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    customSubDomainName: 'ais-pass'
    disableLocalAuth: true
    allowProjectManagement: true
  }
}

resource project 'Microsoft.CognitiveServices/accounts/projects@2025-06-01' = {
  parent: foundry
  name: 'proj'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {}
}

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'mlw-pass'
  location: location
  identity: {
    type: 'SystemAssigned, UserAssigned'
    userAssignedIdentities: {
      '${uai.id}': {}
    }
  }
  properties: {
    primaryUserAssignedIdentity: uai.id
  }
}

resource pool 'Microsoft.App/sessionPools@2025-01-01' = {
  name: 'sp-code'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${uai.id}': {}
    }
  }
  properties: {
    environmentId: resourceId('Microsoft.App/managedEnvironments', 'cae-ai')
    poolManagementType: 'Dynamic'
    containerType: 'PythonLTS'
  }
}

// Not in identityRequiredTypes: storage accounts are out of scope.
resource st 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: 'stainoid'
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
}
