// A chat + RAG workload on Azure AI Foundry: an AI Services account (Azure
// OpenAI) with a model deployment, a Foundry hub and project (with their
// storage account and key vault), AI Search for grounding, API Management in
// front of the model, and a Container Apps session pool that runs the code the
// agent writes.
//
// INSECURE ON PURPOSE: every "WRONG:" comment marks a mistake that ward's
// built-in library reports.  The fixed version is ../secure/main.bicep.
//
//   ward check examples/ai-foundry/bicep/insecure

targetScope = 'resourceGroup'

@description('Short workload name used in every resource name.')
param workload string = 'contoso-chat'

@description('Environment: dev, test or prod.')
param env string = 'prod'

param location string = resourceGroup().location

@description('Object id of the developer who owns the workload.')
param developerObjectId string

@description('Object id of the Entra group of data scientists.')
param dataScientistsGroupId string

param tags object = {
  workload: workload
  env: env
}

// Names follow the organization's convention <type>-<workload>-<env>.
var aiName = 'oai-${workload}-${env}'

// Built-in role definitions (GUIDs are the same in every tenant).
var roles = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'
  azureAiDeveloper: '64702f94-c441-49e6-a78b-ef80e0188fee'
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${workload}-${env}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

module ai 'modules/openai.bicep' = {
  name: 'openai'
  params: {
    name: aiName
    location: location
    tags: tags
    logAnalyticsWorkspaceId: logs.id
    roleAssignments: [
      // WRONG: standing Owner for a person on the AI account: can read keys,
      // change content filters and grant itself more (AZAI-ACC-009)
      {
        principalId: developerObjectId
        principalType: 'User'
        roleDefinitionId: roles.owner
      }
    ]
  }
}

// ---------------------------------------------------------------- Foundry hub

// WRONG: the hub's storage accepts shared keys, and the hub below reaches it
// with them (no systemDatastoresAuthMode: 'identity') (AZAI-RES-007)
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'st${replace(workload, '-', '')}${env}'
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: true
    publicNetworkAccess: 'Enabled'
  }
}

// WRONG: access policies instead of RBAC, no purge protection, public
// (AZAI-RES-008)
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
    enableRbacAuthorization: false
    accessPolicies: []
    publicNetworkAccess: 'Enabled'
  }
}

// WRONG: no private endpoint (AZAI-RES-002) and no diagnostic settings: hub
// and project activity leave no audit trail (AZAI-MOD-011)
resource hub 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {
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
    // WRONG: notebooks, data and job submission reachable from the internet (AZAI-RES-005)
    publicNetworkAccess: 'Enabled'
    managedNetwork: {
      // WRONG: hub compute and agents can reach any internet host (AZAI-RES-006)
      isolationMode: 'AllowInternetOutbound'
    }
  }
}

resource project 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {
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

// WRONG: the hub reaches the model with the account key, shared with every
// user of every project (AZAI-ACC-007), and the key is copied into the
// connection (AZAI-ACC-006)
resource hubToAi 'Microsoft.MachineLearningServices/workspaces/connections@2024-10-01' = {
  parent: hub
  name: 'aoai'
  properties: {
    category: 'AIServices'
    target: 'https://${ai.outputs.customSubDomainName}.cognitiveservices.azure.com/'
    authType: 'ApiKey'
    isSharedToAll: true
    credentials: {
      key: listKeys(ai.outputs.id, '2025-06-01').key1
    }
    metadata: {
      ApiType: 'Azure'
      ResourceId: ai.outputs.id
    }
  }
}

// WRONG: the data scientists get Azure AI Developer on the whole resource
// group instead of on their project (AZAI-ACC-011)
resource scientistsOnRg 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, dataScientistsGroupId, roles.azureAiDeveloper)
  properties: {
    principalId: dataScientistsGroupId
    principalType: 'Group'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.azureAiDeveloper)
  }
}

// ------------------------------------------------------------------ AI Search

// WRONG: no private endpoint (AZAI-RES-002), no diagnostic settings (AZAI-MOD-011)
resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-${workload}-${env}'
  location: location
  tags: tags
  sku: {
    name: 'standard'
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    replicaCount: 1
    partitionCount: 1
    // WRONG: admin and query keys accepted (AZAI-ACC-001)
    disableLocalAuth: false
    authOptions: {
      apiKeyOnly: {}
    }
    // WRONG: the grounding index is reachable from any network (AZAI-RES-009)
    publicNetworkAccess: 'enabled'
  }
}

// ------------------------------------------------------ API Management gateway

// WRONG: no diagnostic settings: gateway requests are not logged (AZAI-MOD-011)
resource apim 'Microsoft.ApiManagement/service@2024-05-01' = {
  name: 'apim-${workload}-${env}'
  location: location
  tags: tags
  sku: {
    name: 'StandardV2'
    capacity: 1
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publisherEmail: 'platform@contoso.com'
    publisherName: 'Contoso platform team'
  }
}

// WRONG: the account key copied into a gateway named value (AZAI-ACC-006)
resource openAiKey 'Microsoft.ApiManagement/service/namedValues@2024-05-01' = {
  parent: apim
  name: 'openai-api-key'
  properties: {
    displayName: 'openai-api-key'
    secret: true
    value: listKeys(ai.outputs.id, '2025-06-01').key1
  }
}

resource openAiApi 'Microsoft.ApiManagement/service/apis@2024-05-01' = {
  parent: apim
  name: 'azure-openai'
  properties: {
    displayName: 'Azure OpenAI'
    path: 'openai'
    serviceUrl: 'https://${ai.outputs.customSubDomainName}.openai.azure.com/openai'
    // WRONG: plain HTTP accepted at the gateway (AZAI-ACC-014)
    protocols: [
      'http'
      'https'
    ]
    subscriptionRequired: true
  }
}

// WRONG: the policy forwards the shared api-key instead of the gateway's
// managed identity (AZAI-MOD-013); callers are never asked for an Entra ID
// token (AZAI-ACC-014). See policies/openai-api.xml.
resource openAiApiPolicy 'Microsoft.ApiManagement/service/apis/policies@2024-05-01' = {
  parent: openAiApi
  name: 'policy'
  properties: {
    format: 'rawxml'
    value: loadTextContent('policies/openai-api.xml')
  }
  dependsOn: [
    openAiKey
  ]
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
        // WRONG: an idle session (and what the model left in it) lives an hour (AZAI-EXE-003)
        cooldownPeriodInSeconds: 3600
      }
    }
    // WRONG: no cap on concurrent sessions: a prompt loop can run up the bill (AZAI-EXE-004)
    scaleConfiguration: {
      readySessionInstances: 5
    }
    // WRONG: generated code can call out to the internet (AZAI-EXE-002)
    sessionNetworkConfiguration: {
      status: 'EgressEnabled'
    }
    // WRONG: code running in a session can mint tokens with the pool identity (AZAI-EXE-005)
    managedIdentitySettings: [
      {
        identity: 'system'
        lifecycle: 'Main'
      }
    ]
  }
}

output openAiEndpoint string = 'https://${ai.outputs.customSubDomainName}.openai.azure.com/'
output gatewayUrl string = apim.properties.gatewayUrl
// WRONG: the key again, as a top-level deployment output (AZAI-ACC-005)
output openAiKey string = ai.outputs.key
