resource oai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-eastus'
  location: 'eastus'
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-eastus'
    publicNetworkAccess: 'Disabled'
  }
}

resource gpt 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: oai
  name: 'gpt-4o'
  sku: {
    name: 'GlobalStandard'
    capacity: 10
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: 'gpt-4o'
      version: '2024-11-20'
    }
  }
}

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-we'
  location: 'West Europe'
  sku: {
    name: 'standard'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

// no location: the resource group's location, unknown before deployment
resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'mlw-rg-location'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

// the resource group's location: unknown before deployment
resource pool 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-rg'
  location: resourceGroup().location
  properties: {
    poolManagementType: 'Dynamic'
    containerType: 'PythonLTS'
  }
}
