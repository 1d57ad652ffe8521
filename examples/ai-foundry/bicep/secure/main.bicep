// A chat + RAG workload on Azure AI Foundry: the fixed version of
// ../insecure/main.bicep.  Same resources; every AI resource is private,
// keyless and reached with managed identities, the gateway validates caller
// tokens, and the code-interpreter sandbox has no egress.  "FIXED:" comments
// name the rule each setting satisfies.
//
//   ward check examples/ai-foundry/bicep/secure

targetScope = 'resourceGroup'

@description('Short workload name used in every resource name.')
param workload string = 'contoso-chat'

@description('Environment: dev, test or prod.')
param env string = 'prod'

param location string = resourceGroup().location

@description('Object id of the Entra group of data scientists.')
param dataScientistsGroupId string

@description('Subnet of the hub network that holds the private endpoints.')
param privateEndpointSubnetId string

// Tags required by Contoso's organization policy (examples/org-policy).
param tags object = {
  workload: workload
  env: env
  costCenter: 'CC-4711'
  owner: 'ai-platform@contoso.com'
  dataClassification: 'confidential'
}

// Names follow the organization's convention <type>-<workload>-<env>.
var aiName = 'oai-${workload}-${env}'
var searchName = 'srch-${workload}-${env}'

// Built-in role definitions (GUIDs are the same in every tenant).
var roles = {
  cognitiveServicesOpenAiUser: '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'
  azureAiDeveloper: '64702f94-c441-49e6-a78b-ef80e0188fee'
  searchIndexDataReader: '1407120a-92aa-4202-b7e9-c0e197c71c8f'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${workload}-${env}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 90
  }
}

module ai 'modules/openai.bicep' = {
  name: 'openai'
  params: {
    name: aiName
    location: location
    tags: tags
    logAnalyticsWorkspaceId: logs.id
    privateEndpointSubnetId: privateEndpointSubnetId
    allowedFqdns: [
      '${searchName}.search.windows.net'
    ]
    roleAssignments: [
      // FIXED: the gateway's identity calls the model with a data-plane role;
      // nobody holds a standing Owner on the account (AZAI-ACC-009)
      {
        principalId: apim.identity.principalId
        principalType: 'ServicePrincipal'
        roleDefinitionId: roles.cognitiveServicesOpenAiUser
      }
    ]
  }
}

// ---------------------------------------------------------------- Foundry hub

// FIXED: identity-only, private storage; the hub below reaches it with its
// identity (AZAI-RES-007)
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'st${replace(workload, '-', '')}${env}'
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    publicNetworkAccess: 'Disabled'
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
    }
  }
}

// FIXED: RBAC, purge protection, private (AZAI-RES-008)
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-${workload}-${env}'
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Disabled'
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
    }
  }
}

resource hub 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'hub-${workload}-${env}'
  location: location
  tags: tags
  kind: 'Hub'
  identity: {
    type: 'SystemAssigned'
  }
  sku: {
    name: 'Basic'
  }
  properties: {
    friendlyName: 'Contoso chat hub'
    storageAccount: storage.id
    keyVault: vault.id
    // FIXED: the hub reads and writes its storage with its managed identity
    // (role below), so the storage can refuse shared keys (AZAI-RES-007)
    systemDatastoresAuthMode: 'identity'
    // FIXED: reachable only through its private endpoint (AZAI-RES-005)
    publicNetworkAccess: 'Disabled'
    managedNetwork: {
      // FIXED: compute and agents reach only approved destinations (AZAI-RES-006)
      isolationMode: 'AllowOnlyApprovedOutbound'
    }
  }
}

resource project 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = {
  name: 'proj-${workload}-${env}'
  location: location
  tags: tags
  kind: 'Project'
  identity: {
    type: 'SystemAssigned'
  }
  sku: {
    name: 'Basic'
  }
  properties: {
    friendlyName: 'Contoso chat'
    hubResourceId: hub.id
  }
}

// FIXED: the connection uses the caller's Entra ID identity: no key is stored
// (AZAI-ACC-006, AZAI-ACC-007)
resource hubToAi 'Microsoft.MachineLearningServices/workspaces/connections@2024-10-01' = {
  parent: hub
  name: 'aoai'
  properties: {
    category: 'AIServices'
    target: 'https://${ai.outputs.customSubDomainName}.cognitiveservices.azure.com/'
    authType: 'AAD'
    isSharedToAll: true
    metadata: {
      ApiType: 'Azure'
      ResourceId: ai.outputs.id
    }
  }
}

// FIXED: the data scientists get Azure AI Developer on their project only (AZAI-ACC-011)
resource scientistsOnProject 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(project.id, dataScientistsGroupId, roles.azureAiDeveloper)
  scope: project
  properties: {
    principalId: dataScientistsGroupId
    principalType: 'Group'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.azureAiDeveloper)
  }
}

// The hub reads and writes its storage with its identity, not with keys.
resource hubOnStorage 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, hub.id, roles.storageBlobDataContributor)
  scope: storage
  properties: {
    principalId: hub.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
  }
}

// FIXED: hub and project audit logs go to Log Analytics (AZAI-MOD-011)
resource hubDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: hub
  properties: {
    workspaceId: logs.id
    logs: [
      { categoryGroup: 'allLogs', enabled: true }
    ]
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

resource projectDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: project
  properties: {
    workspaceId: logs.id
    logs: [
      { categoryGroup: 'allLogs', enabled: true }
    ]
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

module hubEndpoint 'modules/private-endpoint.bicep' = {
  name: 'pe-hub'
  params: {
    name: 'pe-${hub.name}'
    location: location
    tags: tags
    subnetId: privateEndpointSubnetId
    targetId: hub.id
    groupId: 'amlworkspace'
  }
}

// ------------------------------------------------------------------ AI Search

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: searchName
  location: location
  tags: tags
  sku: {
    name: 'standard'
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    replicaCount: 2
    partitionCount: 1
    // FIXED: Entra ID roles only (AZAI-ACC-001)
    disableLocalAuth: true
    // FIXED: reachable only through its private endpoint (AZAI-RES-009)
    publicNetworkAccess: 'disabled'
  }
}

// The model reads the index with its own identity ("on your data").
resource aiOnSearch 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(search.id, aiName, roles.searchIndexDataReader)
  scope: search
  properties: {
    principalId: ai.outputs.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.searchIndexDataReader)
  }
}

// FIXED: search operation logs go to Log Analytics (AZAI-MOD-011)
resource searchDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: search
  properties: {
    workspaceId: logs.id
    logs: [
      { categoryGroup: 'allLogs', enabled: true }
    ]
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

module searchEndpoint 'modules/private-endpoint.bicep' = {
  name: 'pe-search'
  params: {
    name: 'pe-${searchName}'
    location: location
    tags: tags
    subnetId: privateEndpointSubnetId
    targetId: search.id
    groupId: 'searchService'
  }
}

// ------------------------------------------------------ API Management gateway

resource apim 'Microsoft.ApiManagement/service@2024-05-01' = {
  name: 'apim-${workload}-${env}'
  location: location
  tags: tags
  sku: {
    name: 'StandardV2'
    capacity: 1
  }
  // FIXED: the gateway authenticates to the model with this identity (AZAI-ACC-008)
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publisherEmail: 'platform@contoso.com'
    publisherName: 'Contoso platform team'
  }
}

// FIXED: gateway request logs go to Log Analytics (AZAI-MOD-011)
resource apimDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: apim
  properties: {
    workspaceId: logs.id
    logs: [
      { categoryGroup: 'allLogs', enabled: true }
    ]
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

resource openAiApi 'Microsoft.ApiManagement/service/apis@2024-05-01' = {
  parent: apim
  name: 'azure-openai'
  properties: {
    displayName: 'Azure OpenAI'
    path: 'openai'
    serviceUrl: 'https://${ai.outputs.customSubDomainName}.openai.azure.com/openai'
    // FIXED: HTTPS only (AZAI-ACC-014)
    protocols: [
      'https'
    ]
    subscriptionRequired: true
  }
}

// FIXED: callers present an Entra ID token; the gateway uses its managed
// identity towards the model (AZAI-ACC-014). See policies/openai-api.xml.
resource openAiApiPolicy 'Microsoft.ApiManagement/service/apis/policies@2024-05-01' = {
  parent: openAiApi
  name: 'policy'
  properties: {
    format: 'rawxml'
    value: loadTextContent('policies/openai-api.xml')
  }
}

// ------------------------------------------------- code interpreter sandbox

resource sessions 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'sp-${workload}-${env}'
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    poolManagementType: 'Dynamic'
    containerType: 'PythonLTS'
    dynamicPoolConfiguration: {
      lifecycleConfiguration: {
        lifecycleType: 'Timed'
        // FIXED: idle sessions are destroyed after 5 minutes (AZAI-EXE-003)
        cooldownPeriodInSeconds: 300
      }
    }
    // FIXED: bounded pool (AZAI-EXE-004)
    scaleConfiguration: {
      maxConcurrentSessions: 20
      readySessionInstances: 5
    }
    // FIXED: generated code cannot reach the network (AZAI-EXE-002)
    sessionNetworkConfiguration: {
      status: 'EgressDisabled'
    }
    // FIXED: the pool identity is not available to session code (AZAI-EXE-005)
    managedIdentitySettings: [
      {
        identity: 'system'
        lifecycle: 'None'
      }
    ]
  }
}

output openAiEndpoint string = 'https://${ai.outputs.customSubDomainName}.openai.azure.com/'
output gatewayUrl string = apim.properties.gatewayUrl
