param location string = resourceGroup().location

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
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

resource apim 'Microsoft.ApiManagement/service@2024-05-01' = {
  name: 'apim-contoso'
  location: location
  sku: {
    name: 'Developer'
    capacity: 1
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publisherEmail: 'ai-platform@contoso.com'
    publisherName: 'Contoso'
  }
}

var cognitiveServicesContributor = '25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68'
var openAIUser = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

// Cognitive Services Contributor can manage the account and list its keys
resource gwContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, apim.id, cognitiveServicesContributor)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesContributor)
    principalId: apim.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// the right role, but at resource group scope (no scope: the deployment's resource group)
resource gwUserRg 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, apim.id, openAIUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAIUser)
    principalId: apim.identity.principalId
    principalType: 'ServicePrincipal'
  }
}
